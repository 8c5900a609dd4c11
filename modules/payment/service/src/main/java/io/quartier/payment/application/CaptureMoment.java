package io.quartier.payment.application;

/**
 * When payment takes a card's held money at the gateway ({@code payment.capture.at}): when the order is delivered (the
 * default), or already when its merchant accepts it. Either way the sale and its ledger entry are kept at delivery,
 * once the courier is known; a hold taken at acceptance whose order is then abandoned is refunded, not voided.
 */
public enum CaptureMoment {
    DELIVERY, ACCEPTANCE;

    /** Whether an accepted order's hold is taken at the gateway now. */
    public boolean takesAtAcceptance() {
        return this == ACCEPTANCE;
    }
}
