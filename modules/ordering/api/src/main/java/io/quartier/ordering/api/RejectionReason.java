package io.quartier.ordering.api;

/** Why an order was rejected: the merchant picks one of these, the platform uses {@link #NOT_ACCEPTED_IN_TIME}. */
public enum RejectionReason {
    OUT_OF_STOCK, KITCHEN_TOO_BUSY, CLOSING_SOON, ADDRESS_NOT_SERVED, OTHER,
    /** No answer from the merchant before the acceptance deadline. */
    NOT_ACCEPTED_IN_TIME
}
