package io.quartier.payment.infrastructure.gateway;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import io.quartier.payment.domain.model.gateway.GatewayDecision;
import io.quartier.payment.domain.model.gateway.GatewayException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SandboxGatewayTest {

    private static final Money AMOUNT = Money.of(1850, "EUR");

    private static final String CARD = "tok_sandbox_challenge.0a1b";

    private final SandboxGateway gateway = new SandboxGateway();
    private final InMemoryChallenges challenges = new InMemoryChallenges();
    private Instant now = Instant.parse("2026-11-28T20:00:00Z");

    SandboxGatewayTest() {
        gateway.challenges = challenges;
        gateway.challengePage = "/payment/sandbox/challenge";
        gateway.clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void theChallengeCardAsksForAChallengeOnTheSandboxsPageAndHoldsNothing() {
        GatewayDecision decision = gateway.authorize(CARD, AMOUNT, "42", key());

        assertFalse(decision.approved());
        assertEquals("authentication_required", decision.declineCode());
        assertTrue(decision.challengeUrl().matches("/payment/sandbox/challenge\\?id=[0-9a-f]{32}"), decision.challengeUrl());
        assertNull(decision.reference());
    }

    @Test
    void aPassedChallengeLetsThatAttemptThroughOnceAndNoOther() {
        String id = challengeOf(gateway.authorize(CARD, AMOUNT, "42", key()));
        assertTrue(gateway.answerChallenge(id, true));

        assertEquals("authentication_required", gateway.authorize(CARD, Money.of(1851, "EUR"), "42", key()).declineCode(),
                "another amount is another attempt");
        assertEquals("authentication_required", gateway.authorize(CARD, AMOUNT, "43", key()).declineCode(),
                "another order is another attempt");
        assertEquals("authentication_required",
                gateway.authorize("tok_sandbox_challenge.ffff", AMOUNT, "42", key()).declineCode(),
                "another card (another customer's) is another attempt");
        GatewayDecision passed = gateway.authorize(CARD, AMOUNT, "42", key());
        assertTrue(passed.approved());
        assertNotNull(gateway.authorize(CARD, AMOUNT, "42", key()).challengeUrl(), "used once: a new challenge");
    }

    @Test
    void aFailedChallengeDeclinesItsAttemptOnce() {
        String id = challengeOf(gateway.authorize(CARD, AMOUNT, "42", key()));
        assertTrue(gateway.answerChallenge(id, false));

        GatewayDecision failed = gateway.authorize(CARD, AMOUNT, "42", key());

        assertFalse(failed.approved());
        assertEquals("authentication_failed", failed.declineCode());
        assertNull(failed.challengeUrl());
        assertNotNull(gateway.authorize(CARD, AMOUNT, "42", key()).challengeUrl());
    }

    @Test
    void theChallengePageShowsTheAmountOnlyWhileTheChallengeWaitsForItsAnswer() {
        String answered = challengeOf(gateway.authorize(CARD, AMOUNT, "42", key()));
        String late = challengeOf(gateway.authorize(CARD, AMOUNT, "43", key()));

        assertEquals(Optional.of(AMOUNT), gateway.challengeToAnswer(answered));
        assertTrue(gateway.answerChallenge(answered, true));
        assertEquals(Optional.empty(), gateway.challengeToAnswer(answered), "answered: nothing left to confirm");
        now = now.plusSeconds(SandboxGateway.CHALLENGE_MINUTES * 60);
        assertEquals(Optional.empty(), gateway.challengeToAnswer(late), "expired");
        assertEquals(Optional.empty(), gateway.challengeToAnswer("00000000000000000000000000000000"));
    }

    @Test
    void aChallengeIsAnsweredOnceAndNotAfterItExpired() {
        String answered = challengeOf(gateway.authorize(CARD, AMOUNT, "42", key()));
        String late = challengeOf(gateway.authorize(CARD, AMOUNT, "43", key()));

        assertTrue(gateway.answerChallenge(answered, false));
        assertFalse(gateway.answerChallenge(answered, true), "a failed challenge cannot be passed after all");
        now = now.plusSeconds(SandboxGateway.CHALLENGE_MINUTES * 60);
        assertFalse(gateway.answerChallenge(late, true));
        assertFalse(gateway.answerChallenge("00000000000000000000000000000000", true));
        assertNotNull(gateway.authorize(CARD, AMOUNT, "42", key()).challengeUrl(), "the failed one expired unused");
    }

    @Test
    void aPassedChallengeLeftUnusedTooLongIsWorthNothing() {
        String id = challengeOf(gateway.authorize(CARD, AMOUNT, "42", key()));
        assertTrue(gateway.answerChallenge(id, true));
        now = now.plusSeconds(SandboxGateway.CHALLENGE_MINUTES * 60);

        assertNotNull(gateway.authorize(CARD, AMOUNT, "42", key()).challengeUrl());
    }

    @Test
    void anAuthorizationAskedAgainWithItsKeyIsTheSameHoldAndTheKeyForAnotherAmountIsRefused() {
        GatewayDecision first = gateway.authorize("tok_sandbox_visa.1", AMOUNT, "42", "authorize:42:a");
        GatewayDecision again = gateway.authorize("tok_sandbox_visa.1", AMOUNT, "42", "authorize:42:a");
        GatewayDecision more = gateway.authorize("tok_sandbox_visa.1", Money.of(9_999, "EUR"), "42", "authorize:42:a");
        GatewayDecision otherCard = gateway.authorize("tok_sandbox_visa.2", AMOUNT, "42", "authorize:42:a");

        assertTrue(first.approved());
        assertEquals(first.reference(), again.reference(), "no second hold");
        assertEquals("idempotency_key_reused", more.declineCode());
        assertEquals("idempotency_key_reused", otherCard.declineCode());
        assertThrows(GatewayException.class, () -> gateway.authorize("tok_sandbox_visa", AMOUNT, "42", " "));
    }

    @Test
    void aPassedChallengeIsUsedOnceEvenWhenTheAuthorizationIsAskedAgainWithItsKey() {
        String id = challengeOf(gateway.authorize(CARD, AMOUNT, "42", "authorize:42:c"));
        assertTrue(gateway.answerChallenge(id, true));

        GatewayDecision first = gateway.authorize(CARD, AMOUNT, "42", "authorize:42:c");
        GatewayDecision again = gateway.authorize(CARD, AMOUNT, "42", "authorize:42:c");

        assertTrue(first.approved());
        assertEquals(first.reference(), again.reference());
    }

    private String challengeOf(GatewayDecision decision) {
        assertNotNull(decision.challengeUrl(), "a challenge was asked for");
        return decision.challengeUrl().substring(decision.challengeUrl().indexOf("id=") + 3);
    }

    @Test
    void declinesTheDeclinedTokenAsCardDeclined() {
        GatewayDecision decision = gateway.authorize("tok_sandbox_declined", AMOUNT, "42", key());

        assertFalse(decision.approved());
        assertEquals("card_declined", decision.declineCode());
        assertNull(decision.reference());
    }

    @Test
    void declinesEachTestCardForItsOwnReason() {
        assertEquals("insufficient_funds", gateway.authorize("tok_sandbox_insufficient_funds", AMOUNT, "42", key()).declineCode());
        assertEquals("expired_card", gateway.authorize("tok_sandbox_expired", AMOUNT, "42", key()).declineCode());
        assertEquals("processing_error", gateway.authorize("tok_sandbox_processing_error", AMOUNT, "42", key()).declineCode());
        assertEquals("authentication_required", gateway.authorize("tok_sandbox_3ds", AMOUNT, "42", key()).declineCode());
    }

    @Test
    void aRefundAskedAgainWithItsKeyIsTheSameRefundAndAKeyReusedForAnotherIsDeclined() {
        String charge = gateway.authorize("tok_sandbox_visa", AMOUNT, "42", key()).reference();

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
        GatewayDecision first = gateway.authorize("tok_sandbox_visa", AMOUNT, "42", key());
        GatewayDecision second = gateway.authorize("tok_sandbox_mastercard", AMOUNT, "42", key());

        assertTrue(first.approved());
        assertTrue(first.reference().startsWith("sbx_"));
        assertTrue(second.approved());
        assertNotEquals(first.reference(), second.reference());
    }

    @Test
    void declinesATokenThatIsNotASandboxToken() {
        GatewayDecision decision = gateway.authorize("tok_live_visa", AMOUNT, "42", key());

        assertFalse(decision.approved());
        assertEquals("invalid_token", decision.declineCode());
    }

    @Test
    void capturesAndVoidsOnlyItsOwnHolds() {
        String reference = gateway.authorize("tok_sandbox_visa", AMOUNT, "42", key()).reference();

        assertDoesNotThrow(() -> gateway.capture(reference, AMOUNT));
        assertDoesNotThrow(() -> gateway.voidAuthorization(reference));
        assertThrows(GatewayException.class, () -> gateway.capture("ch_live_1", AMOUNT));
        assertThrows(GatewayException.class, () -> gateway.voidAuthorization(null));
    }

    private static String key() {
        return java.util.UUID.randomUUID().toString();
    }
}
