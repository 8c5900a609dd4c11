package io.quartier.systemtests.arch.planted.ordering.api;

import io.quartier.systemtests.arch.planted.edge.Path;

/** The contract a resource should implement. */
@Path("orders")
public interface PlantedOrderingApi {

    String orders();
}
