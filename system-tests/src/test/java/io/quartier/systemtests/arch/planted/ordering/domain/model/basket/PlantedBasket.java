package io.quartier.systemtests.arch.planted.ordering.domain.model.basket;

import io.quartier.systemtests.arch.planted.ordering.domain.model.order.PlantedOrder;

/** Breaks: closes the cycle between the order and basket packages. */
public class PlantedBasket {

    PlantedOrder order;
}
