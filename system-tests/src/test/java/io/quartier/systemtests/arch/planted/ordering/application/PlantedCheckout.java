package io.quartier.systemtests.arch.planted.ordering.application;

import io.quartier.systemtests.arch.planted.catalog.domain.PlantedStore;
import io.quartier.systemtests.arch.planted.loyalty.PlantedPoints;
import io.quartier.systemtests.arch.planted.ordering.infrastructure.catalog.PlantedRestCatalog;
import io.quartier.systemtests.arch.planted.ui.PlantedPage;

/**
 * Breaks: the application calls an adapter instead of a port, reads the catalog's internals, depends on an optional
 * context and on a user interface.
 */
public class PlantedCheckout {

    PlantedRestCatalog catalog;
    PlantedStore store;
    PlantedPoints points;
    PlantedPage page;
}
