package io.quartier.payment.domain.model.refund;

/** Asked of the gateway, not answered yet (PENDING), then given back (COMPLETED) or refused by it (FAILED). */
public enum RefundStatus {
    PENDING, COMPLETED, FAILED
}
