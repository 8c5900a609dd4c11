package io.quartier.payment.api;

import java.time.Instant;

/**
 * A top-up of a Quartier wallet: {@code status} PENDING (the gateway has not answered yet; asked again), COMPLETED
 * (the wallet holds the money) or FAILED ({@code failureCode} the gateway's decline code).
 */
public record TopUpView(long id, String status, long amountMinor, String currency, String failureCode,
                        Instant createdAt) {
}
