package io.quartier.payment.domain.model.ledger;

/** What moved money: a captured order, a refund, a payout to a merchant or courier. */
public enum EntryKind {
    CAPTURE, REFUND, PAYOUT
}
