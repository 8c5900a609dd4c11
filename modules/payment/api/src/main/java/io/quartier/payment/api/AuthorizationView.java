package io.quartier.payment.api;

import java.time.Instant;

/**
 * The outcome of an authorisation; {@code status} is AUTHORIZED, CAPTURED or VOIDED; {@code confirmedAt} is when
 * its order was seen placed (null until then: a hold never confirmed is released).
 */
public record AuthorizationView(long id, String orderReference, String status, long amountMinor, String currency,
                                String gatewayReference, Instant confirmedAt) {
}
