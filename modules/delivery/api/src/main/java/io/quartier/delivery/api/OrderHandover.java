package io.quartier.delivery.api;

/**
 * An order's handover code as its merchant (pickup) or its customer (delivery) sees it, and its job's status;
 * {@code jobId} is the order's delivery job and {@code proof} how its delivery was proven (CODE, or PHOTO when the
 * customer was absent: the photo is at {@code DeliveryApi#deliveryPhoto}), null until delivered.
 */
public record OrderHandover(long orderId, String code, String status, Long jobId, String proof) {
}
