package io.quartier.systemtests.arch.planted.ordering.application;

import io.quartier.systemtests.arch.planted.edge.EntityManager;

/** Breaks: a use case that queries the database itself instead of through a repository port. */
public class PlantedOrderQueries {

    EntityManager em;

    public long count() {
        return em.count("SELECT COUNT(o) FROM PlantedOrder o");
    }
}
