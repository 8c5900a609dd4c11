package io.quartier.payment.domain.model.ledger;

/** What moved money: a captured order, a refund, a payout to a merchant or courier, a top-up of a wallet. */
public enum EntryKind {
    CAPTURE, REFUND, PAYOUT, TOP_UP
}
