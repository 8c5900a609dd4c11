package io.quartier.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.problem.ProblemException;
import io.quartier.payment.api.AuthorizationRequest;
import io.quartier.payment.api.AuthorizationView;
import io.quartier.payment.domain.model.authorization.Authorization;
import io.quartier.payment.domain.model.authorization.AuthorizationStatus;
import io.quartier.kernel.Money;
import io.quartier.payment.domain.model.gateway.GatewayDecision;
import io.quartier.payment.domain.model.method.PaymentMethod;
import io.quartier.payment.infrastructure.gateway.SandboxGateway;
import io.quartier.kernel.event.DomainEvent;
import io.quartier.payment.api.event.PaymentFailed;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorizationsTest {

    private final InMemoryHolds store = new InMemoryHolds();
    private final Authorizations authorizations = new Authorizations();
    private final List<DomainEvent> failed = new ArrayList<>();

    AuthorizationsTest() {
        authorizations.authorizations = store;
        authorizations.self = authorizations;
        authorizations.gateway = new SandboxGateway();
        authorizations.events = e -> {
            throw new AssertionError("a declined payment authorizes nothing");
        };
        authorizations.failures = new PaymentFailures();
        authorizations.failures.events = failed::add;
        InMemoryMethods methods = new InMemoryMethods();
        for (long id = 1; id <= TOKENS.size(); id++) {
            methods.add(new PaymentMethod(1, "Visa", "0000", 1, 2031, TOKENS.get(id), false));
        }
        authorizations.methods = methods;
    }

    private static final Map<Long, String> TOKENS = Map.of(1L, "tok_sandbox_declined",
            2L, "tok_sandbox_insufficient_funds", 3L, "tok_sandbox_expired", 4L, "tok_sandbox_processing_error",
            5L, "tok_sandbox_3ds", 6L, "tok_live_visa");

    @Test
    void eachDeclineGivesTheCustomerItsOwnReasonAndKeepsNothing() {
        Map<Long, String> expected = Map.of(1L, "problem.payment.declined", 2L, "problem.payment.insufficientFunds",
                3L, "problem.payment.expiredCard", 4L, "problem.payment.processingError",
                5L, "problem.payment.authenticationRequired", 6L, "problem.payment.declined");
        expected.forEach((method, code) -> {
            ProblemException declined = assertThrows(ProblemException.class, () -> authorizations.authorize("key-" + method,
                    new AuthorizationRequest("42", 1, method, 1850, "EUR")));
            assertEquals(402, declined.status());
            assertEquals(code, declined.code(), TOKENS.get(method));
        });
        assertTrue(store.byId.isEmpty(), "no hold is kept");
        assertEquals(6, failed.size(), "each refusal is announced");
        PaymentFailed noFunds = failed.stream().map(PaymentFailed.class::cast)
                .filter(f -> f.reason().equals("insufficient_funds")).findFirst().orElseThrow();
        assertEquals(new PaymentFailed("42", 1, 1850, "EUR", "insufficient_funds", "problem.payment.insufficientFunds"),
                noFunds);
    }

    @Test
    void askedAgainAfterAChallengeTheGatewayIsAskedForTheFirstAttemptUnderTheFirstAttemptsKey() {
        List<String> asked = new ArrayList<>();
        authorizations.gateway = new AuthorizingGateway() {
            @Override
            public GatewayDecision authorize(String token, Money amount, String reference, String idempotencyKey) {
                asked.add(reference + " " + idempotencyKey);
                return GatewayDecision.challenge("https://bank.example/3ds");
            }
        };
        assertThrows(ProblemException.class, () -> authorizations.authorize("first",
                new AuthorizationRequest("42", 1, 6, 1850, "EUR", null)));
        assertThrows(ProblemException.class, () -> authorizations.authorize("again",
                new AuthorizationRequest("43", 1, 6, 1850, "EUR", "42")));

        assertEquals(2, asked.size());
        assertTrue(asked.get(0).startsWith("42 authorize:42:"), asked::toString);
        assertEquals(asked.get(0), asked.get(1), "the gateway keeping the attempt by its key finds the confirmed one");
    }

    @Test
    void theAttemptIsRecordedBeforeTheGatewayIsAskedAndACrashAfterItsAnswerIsFinishedUnderTheSameKey() {
        List<AuthorizationStatus> seen = new ArrayList<>();
        KeyedGateway gateway = new KeyedGateway(() -> store.byId.values().forEach(a -> seen.add(a.getStatus())));
        authorizations.gateway = gateway;
        List<DomainEvent> authorized = new ArrayList<>();
        authorizations.events = authorized::add;
        gateway.crashAfterAnswer = true;

        assertThrows(IllegalStateException.class, () -> authorizations.authorize("k",
                new AuthorizationRequest("42", 1, 6, 1850, "EUR")), "the server dies once the gateway held");
        assertEquals(List.of(AuthorizationStatus.AUTHORIZING), seen, "recorded, and committed, before asking");
        Authorization attempt = store.byId.values().iterator().next();
        assertTrue(attempt.isAttempt(), "the gateway's answer was not recorded");
        assertTrue(authorized.isEmpty());

        AuthorizationView retried = authorizations.authorize("k", new AuthorizationRequest("42", 1, 6, 1850, "EUR"));

        assertEquals("AUTHORIZED", retried.status());
        assertEquals(attempt.getId(), retried.id());
        assertEquals(2, gateway.asked.size());
        assertEquals(gateway.asked.get(0), gateway.asked.get(1), "asked again under the same key");
        assertEquals(1, gateway.held.size(), "the gateway held once");
        assertEquals(1, authorized.size(), "one PaymentAuthorized");
        assertEquals(retried, authorizations.authorize("k", new AuthorizationRequest("42", 1, 6, 1850, "EUR")));
        assertEquals(2, gateway.asked.size(), "a finished hold is answered without the gateway");
    }

    @Test
    void anAttemptACrashLeftIsFinishedByTheClock() {
        KeyedGateway gateway = new KeyedGateway(() -> {
        });
        authorizations.gateway = gateway;
        List<DomainEvent> authorized = new ArrayList<>();
        authorizations.events = authorized::add;
        gateway.crashAfterAnswer = true;
        assertThrows(IllegalStateException.class, () -> authorizations.authorize("k",
                new AuthorizationRequest("42", 1, 6, 1850, "EUR")));
        Authorization attempt = store.byId.values().iterator().next();

        assertEquals(0, authorizations.finishInterrupted(), "not a minute old: it may still be under way");
        authorizations.clock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2));
        assertEquals(1, authorizations.finishInterrupted());
        assertEquals(0, authorizations.finishInterrupted());

        assertEquals(AuthorizationStatus.AUTHORIZED, attempt.getStatus());
        assertEquals(gateway.held.get(gateway.asked.get(0)), attempt.getGatewayReference());
        assertEquals(1, gateway.held.size());
        assertEquals(1, authorized.size());
        assertNull(attempt.getConfirmedAt(), "released like any hold whose order never came, if it never did");
    }

    @Test
    void anAttemptTheGatewayNeverAnswersIsForgottenAfterAnHour() {
        KeyedGateway gateway = new KeyedGateway(() -> {
            throw new io.quartier.payment.domain.model.gateway.GatewayException("the gateway does not answer");
        });
        authorizations.gateway = gateway;
        assertThrows(RuntimeException.class, () -> authorizations.authorize("k",
                new AuthorizationRequest("42", 1, 6, 1850, "EUR")));
        assertEquals(1, store.byId.size(), "kept, to be asked again");

        authorizations.clock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2));
        assertEquals(0, authorizations.finishInterrupted());
        assertEquals(1, store.byId.size(), "asked again for an hour");
        authorizations.clock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(61));
        assertEquals(0, authorizations.finishInterrupted());

        assertTrue(store.byId.isEmpty(), "given up: the order was never placed");
    }

    /** A gateway holding once per idempotency key, that may die right after answering. */
    private static final class KeyedGateway extends AuthorizingGateway {

        final List<String> asked = new ArrayList<>();
        final Map<String, String> held = new LinkedHashMap<>();
        final Runnable whenAsked;
        boolean crashAfterAnswer;

        KeyedGateway(Runnable whenAsked) {
            this.whenAsked = whenAsked;
        }

        @Override
        public GatewayDecision authorize(String token, Money amount, String reference, String idempotencyKey) {
            whenAsked.run();
            asked.add(idempotencyKey);
            String hold = held.computeIfAbsent(idempotencyKey, k -> "pi_" + held.size());
            if (crashAfterAnswer) {
                crashAfterAnswer = false;
                throw new IllegalStateException("the server died");
            }
            return GatewayDecision.approved(hold);
        }
    }
}
