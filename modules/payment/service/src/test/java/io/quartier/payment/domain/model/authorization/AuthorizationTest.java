package io.quartier.payment.domain.model.authorization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuthorizationTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    private final Authorization stored = new Authorization("42", 1, 1, Money.of(1850, "EUR"), "sbx_1", "key-1",
            RequestFingerprint.of("42", 1, 1850, "EUR"), NOW);

    @Test
    void theSameRequestWithTheSameKeyIsARetry() {
        assertTrue(stored.isRetryOf(RequestFingerprint.of("42", 1, 1850, "EUR")));
    }

    @Test
    void aDifferentRequestWithTheSameKeyIsNotARetry() {
        assertFalse(stored.isRetryOf(RequestFingerprint.of("42", 1, 1851, "EUR")), "amount");
        assertFalse(stored.isRetryOf(RequestFingerprint.of("42", 2, 1850, "EUR")), "payment method");
        assertFalse(stored.isRetryOf(RequestFingerprint.of("43", 1, 1850, "EUR")), "order");
        assertFalse(stored.isRetryOf(RequestFingerprint.of("42", 1, 1850, "GBP")), "currency");
    }

    @Test
    void fieldsDoNotRunIntoEachOther() {
        assertFalse(RequestFingerprint.of("4", 21, 1850, "EUR").equals(RequestFingerprint.of("42", 1, 1850, "EUR")));
    }

    @Test
    void capturesAHoldOnce() {
        stored.capture(NOW);

        assertEquals(AuthorizationStatus.CAPTURED, stored.getStatus());
        assertEquals(NOW, stored.getCapturedAt());
        assertThrows(IllegalStateException.class, () -> stored.capture(NOW));
        assertThrows(IllegalStateException.class, stored::voidHold);
    }

    @Test
    void aVoidedHoldCannotBeCaptured() {
        stored.voidHold();

        assertEquals(AuthorizationStatus.VOIDED, stored.getStatus());
        assertThrows(IllegalStateException.class, () -> stored.capture(NOW));
    }
}
