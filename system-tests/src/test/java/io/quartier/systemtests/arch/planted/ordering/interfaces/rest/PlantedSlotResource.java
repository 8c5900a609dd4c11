package io.quartier.systemtests.arch.planted.ordering.interfaces.rest;

import io.quartier.systemtests.arch.planted.edge.Path;
import io.quartier.systemtests.arch.planted.ordering.api.PlantedOrderingApi;

/**
 * Breaks: implements the api interface under another class path, so the API document joins both paths
 * ({@code orders/{id}/slots} + the interface's own) while clients call the interface's.
 */
@Path("orders/{id}/slots")
public class PlantedSlotResource implements PlantedOrderingApi {

    @Override
    public String orders() {
        return "[]";
    }
}
