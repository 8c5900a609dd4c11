package io.quartier.systemtests.arch.planted.ordering.domain.model.order;

import io.quartier.systemtests.arch.planted.edge.DomainEvent;

/** Breaks rule 2: an event that is a plain class in the domain, not a record in the api. */
public class PlantedOrderShipped implements DomainEvent {

    private long orderId;

    public long getOrderId() {
        return orderId;
    }
}
