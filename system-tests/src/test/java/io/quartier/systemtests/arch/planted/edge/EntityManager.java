package io.quartier.systemtests.arch.planted.edge;

/** Stands in for JPA's {@code EntityManager}, which this module does not compile against. */
public interface EntityManager {

    long count(String query);
}
