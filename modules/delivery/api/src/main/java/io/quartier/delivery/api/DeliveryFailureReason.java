package io.quartier.delivery.api;

/**
 * Why a courier could not deliver an order it had picked up: the customer not there and not answering
 * (CUSTOMER_ABSENT, proven by a photo of the door), the address not found, the place unsafe, the order damaged.
 */
public enum DeliveryFailureReason {
    CUSTOMER_ABSENT, ADDRESS_NOT_FOUND, UNSAFE, DAMAGED
}
