package io.quartier.systemtests.arch.planted.catalog.domain;

/** The catalog's internals, which another context may not read. */
public class PlantedStore {
}
