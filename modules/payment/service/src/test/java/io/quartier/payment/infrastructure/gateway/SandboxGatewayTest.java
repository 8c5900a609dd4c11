package io.quartier.payment.infrastructure.gateway;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.Money;
import io.quartier.payment.domain.model.gateway.GatewayDecision;
import io.quartier.payment.domain.model.gateway.GatewayException;
import org.junit.jupiter.api.Test;

class SandboxGatewayTest {

    private static final Money AMOUNT = Money.of(1850, "EUR");

    private final SandboxGateway gateway = new SandboxGateway();

    @Test
    void declinesTheDeclinedTokenAsCardDeclined() {
        GatewayDecision decision = gateway.authorize("tok_sandbox_declined", AMOUNT, "42");

        assertFalse(decision.approved());
        assertEquals("card_declined", decision.declineCode());
        assertNull(decision.reference());
    }

    @Test
    void declinesEachTestCardForItsOwnReason() {
        assertEquals("insufficient_funds", gateway.authorize("tok_sandbox_insufficient_funds", AMOUNT, "42").declineCode());
        assertEquals("expired_card", gateway.authorize("tok_sandbox_expired", AMOUNT, "42").declineCode());
        assertEquals("processing_error", gateway.authorize("tok_sandbox_processing_error", AMOUNT, "42").declineCode());
        assertEquals("authentication_required", gateway.authorize("tok_sandbox_3ds", AMOUNT, "42").declineCode());
    }

    @Test
    void aRefundAskedAgainWithItsKeyIsTheSameRefundAndAKeyReusedForAnotherIsDeclined() {
        String charge = gateway.authorize("tok_sandbox_visa", AMOUNT, "42").reference();

        GatewayDecision first = gateway.refund(charge, Money.of(500, "EUR"), "refund:1");
        GatewayDecision again = gateway.refund(charge, Money.of(500, "EUR"), "refund:1");
        GatewayDecision other = gateway.refund(charge, Money.of(501, "EUR"), "refund:1");

        assertTrue(first.approved());
        assertEquals(first.reference(), again.reference());
        assertEquals("idempotency_key_reused", other.declineCode());
        assertNotEquals(first.reference(), gateway.refund(charge, Money.of(500, "EUR"), "refund:2").reference());
        assertThrows(GatewayException.class, () -> gateway.refund("ch_live_1", AMOUNT, "refund:3"));
    }

    @Test
    void approvesAnyOtherSandboxTokenWithAFreshSandboxReference() {
        GatewayDecision first = gateway.authorize("tok_sandbox_visa", AMOUNT, "42");
        GatewayDecision second = gateway.authorize("tok_sandbox_mastercard", AMOUNT, "42");

        assertTrue(first.approved());
        assertTrue(first.reference().startsWith("sbx_"));
        assertTrue(second.approved());
        assertNotEquals(first.reference(), second.reference());
    }

    @Test
    void declinesATokenThatIsNotASandboxToken() {
        GatewayDecision decision = gateway.authorize("tok_live_visa", AMOUNT, "42");

        assertFalse(decision.approved());
        assertEquals("invalid_token", decision.declineCode());
    }

    @Test
    void capturesAndVoidsOnlyItsOwnHolds() {
        String reference = gateway.authorize("tok_sandbox_visa", AMOUNT, "42").reference();

        assertDoesNotThrow(() -> gateway.capture(reference, AMOUNT));
        assertDoesNotThrow(() -> gateway.voidAuthorization(reference));
        assertThrows(GatewayException.class, () -> gateway.capture("ch_live_1", AMOUNT));
        assertThrows(GatewayException.class, () -> gateway.voidAuthorization(null));
    }
}
