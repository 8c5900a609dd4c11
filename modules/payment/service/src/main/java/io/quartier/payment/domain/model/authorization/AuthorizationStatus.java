package io.quartier.payment.domain.model.authorization;

/** An amount held on a card (AUTHORIZED), then taken (CAPTURED) or released (VOIDED). */
public enum AuthorizationStatus {
    AUTHORIZED, CAPTURED, VOIDED
}
