package io.quartier.systemtests.arch.planted.ui;

import io.quartier.systemtests.arch.planted.ordering.api.PlantedOrderingApi;

/** Planted: the shared UI jar calling a context's api itself, which belongs in a webapp. */
public class PlantedPhotoRelay {

    Object photo(PlantedOrderingApi ordering) {
        return ordering;
    }
}
