package io.quartier.payment.api.event;

import io.quartier.kernel.event.DomainEvent;

/**
 * A payment for an order was refused: the gateway declined the card ({@code reason} its decline code, such as
 * {@code insufficient_funds}) or the Quartier wallet could not pay ({@code wallet_insufficient},
 * {@code wallet_currency}); {@code problemCode} is what the customer was told. Nothing is held. Each refused attempt
 * is one event, a retry refused again another.
 */
public record PaymentFailed(String orderReference, long customerId, long amountMinor, String currency, String reason,
                            String problemCode) implements DomainEvent {
}
