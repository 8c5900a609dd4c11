package io.quartier.systemtests.arch.planted.ordering.api;

import io.quartier.systemtests.arch.planted.edge.DomainEvent;

/** Breaks rule 5 (a record in the api, as an event should be): its amount is a floating-point number. */
public record PlantedRefundAsked(long orderId, double refundAmount, String currency) implements DomainEvent {
}
