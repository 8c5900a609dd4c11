package io.quartier.systemtests.arch.planted.ordering.domain.model.order;

import io.quartier.systemtests.arch.planted.edge.ProblemException;
import io.quartier.systemtests.arch.planted.ordering.domain.model.basket.PlantedBasket;

/** Breaks: the domain throws an HTTP problem; its package and the basket's depend on each other (a cycle). */
public class PlantedOrder {

    PlantedBasket basket;

    public void accept() {
        throw new ProblemException(409, "problem.order.wrongStatus");
    }
}
