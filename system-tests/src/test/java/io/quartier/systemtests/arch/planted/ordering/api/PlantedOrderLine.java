package io.quartier.systemtests.arch.planted.ordering.api;

import io.quartier.systemtests.arch.planted.edge.JsonbCreator;

/** Planted: a record of the api with a second constructor and none marked for JSON-B (which then reads nothing). */
public record PlantedOrderLine(long productId, int quantity, String note) {

    public PlantedOrderLine(long productId, int quantity) {
        this(productId, quantity, null);
    }

    /** Not planted: one constructor marked, whatever the others. */
    public record Marked(long productId, int quantity) {

        @JsonbCreator
        public Marked {
        }

        public Marked(long productId) {
            this(productId, 1);
        }
    }
}
