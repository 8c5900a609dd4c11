package io.quartier.payment.domain.model.ledger;

/**
 * What moved money: a captured order, a refund, a payout to a merchant or courier, a top-up of a wallet, a delivered
 * job's earnings owed to its courier.
 */
public enum EntryKind {
    CAPTURE, REFUND, PAYOUT, TOP_UP, EARNING
}
