package io.quartier.payment.application;

import io.quartier.kernel.Money;
import io.quartier.kernel.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The {@code Idempotency-Key} a money-moving call must carry (present, and at most 100 characters), and the keys payment
 * gives the gateway.
 */
final class IdempotencyKeys {

    static final int MAX_LENGTH = 100;

    private IdempotencyKeys() {
    }

    static String require(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw ProblemException.invalid("problem.idempotencyKeyRequired", "the Idempotency-Key header is required");
        }
        if (idempotencyKey.length() > MAX_LENGTH) {
            throw ProblemException.invalid("problem.idempotencyKeyInvalid",
                    "the Idempotency-Key header is longer than " + MAX_LENGTH + " characters");
        }
        return idempotencyKey;
    }

    /**
     * The gateway's key for holding {@code amount} on the card behind {@code token} for {@code reference}: made of what
     * identifies the attempt, so a retry or a redelivered event asks the gateway again with the same key (one hold),
     * while another card or amount for the same order is a new attempt.
     */
    static String ofGatewayAuthorization(String reference, String token, Money amount) {
        return "authorize:" + reference + ":" + digest(token + "|" + amount.getAmountMinor() + "|" + amount.getCurrency());
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
