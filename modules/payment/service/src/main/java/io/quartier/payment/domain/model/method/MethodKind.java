package io.quartier.payment.domain.model.method;

/** What pays: a card saved at the gateway (by its token), or the customer's Quartier wallet. */
public enum MethodKind {
    CARD, WALLET
}
