package io.quartier.delivery.api;

/** A code said at a handover: the store's pickup code, or the customer's delivery code. */
public record HandoverCode(String code) {
}
