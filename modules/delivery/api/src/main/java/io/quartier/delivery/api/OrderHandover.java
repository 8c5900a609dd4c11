package io.quartier.delivery.api;

/** An order's handover code as its merchant (pickup) or its customer (delivery) sees it, and its job's status. */
public record OrderHandover(long orderId, String code, String status) {
}
