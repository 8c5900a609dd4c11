package io.quartier.systemtests.arch.planted.ordering.interfaces.rest;

import io.quartier.systemtests.arch.planted.edge.Path;

/** Breaks: repeats the contract's path without implementing the api interface. */
@Path("orders")
public class PlantedOrderResource {

    public String orders() {
        return "[]";
    }
}
