package io.quartier.systemtests.arch.planted.ordering.infrastructure.catalog;

import io.quartier.systemtests.arch.planted.ordering.application.PlantedCatalog;
import io.quartier.systemtests.arch.planted.ordering.application.PlantedCheckout;

/**
 * Implements its port (allowed), but also calls back a use case (not a port), and names the catalog's schema in
 * its SQL.
 */
public class PlantedRestCatalog implements PlantedCatalog {

    static final String COUNT = "SELECT count(*) FROM catalog.products WHERE store_id = ?";

    PlantedCheckout checkout;

    @Override
    public boolean kitchenHasRoom(long storeId) {
        return COUNT.isEmpty();
    }
}
