package io.quartier.systemtests.arch.planted.ordering.application;

/** A port, as it should be. */
public interface PlantedCatalog {

    boolean kitchenHasRoom(long storeId);
}
