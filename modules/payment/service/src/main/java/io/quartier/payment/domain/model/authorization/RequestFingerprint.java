package io.quartier.payment.domain.model.authorization;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of what a request (an authorization, a refund) asks for, stored with it so that a later request with the
 * same idempotency key can be told apart: a retry of the same request, or a different request reusing the key.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    public static String of(String orderReference, long paymentMethodId, long amountMinor, String currency) {
        return of(orderReference, String.valueOf(paymentMethodId), String.valueOf(amountMinor), currency);
    }

    /** The digest of a request's fields, in a fixed order; a field holds no line break, so none runs into the next. */
    public static String of(String... fields) {
        String canonical = String.join("\n", fields);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
