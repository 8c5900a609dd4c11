package io.quartier.payment.domain.model.payout;

/** Where a payout run stands: one RUNNING at a time; FINISHED with what it paid, or FAILED having paid nothing. */
public enum RunStatus {
    RUNNING, FINISHED, FAILED
}
