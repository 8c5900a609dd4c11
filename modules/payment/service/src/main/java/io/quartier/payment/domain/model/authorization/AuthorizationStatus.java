package io.quartier.payment.domain.model.authorization;

/**
 * An attempt recorded before the gateway is asked (AUTHORIZING), then an amount held on a card (AUTHORIZED), then taken
 * (CAPTURED) or released (VOIDED).
 */
public enum AuthorizationStatus {
    AUTHORIZING, AUTHORIZED, CAPTURED, VOIDED
}
