package io.quartier.ordering.api;

import jakarta.validation.constraints.NotNull;

/** A merchant's rejection of an order, with its reason from the fixed list. */
public record Rejection(@NotNull RejectionReason reason) {

    /** Explicit, so that the constraint stays on the field and accessor (Payara's OpenAPI scanner). */
    public Rejection(RejectionReason reason) {
        this.reason = reason;
    }
}
