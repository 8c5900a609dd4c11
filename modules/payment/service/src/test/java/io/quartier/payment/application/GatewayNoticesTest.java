package io.quartier.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.Money;
import io.quartier.kernel.event.DomainEvent;
import io.quartier.payment.api.event.PaymentAuthorized;
import io.quartier.payment.api.event.PaymentVoided;
import io.quartier.payment.domain.model.authorization.Authorization;
import io.quartier.payment.domain.model.authorization.AuthorizationStatus;
import io.quartier.payment.domain.model.gateway.GatewayDecision;
import io.quartier.payment.domain.model.gateway.GatewayEvent;
import io.quartier.payment.domain.model.gateway.GatewayEventLog;
import io.quartier.payment.domain.model.gateway.GatewayException;
import io.quartier.payment.domain.model.method.PaymentMethod;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A gateway's webhook finishing the attempt still waiting for the gateway's answer, with plain fakes. */
class GatewayNoticesTest {

    private final InMemoryHolds store = new InMemoryHolds();
    private final Gateway gateway = new Gateway();
    private final List<DomainEvent> published = new ArrayList<>();
    private final List<GatewayEvent> recorded = new ArrayList<>();
    private final GatewayNotices notices;

    GatewayNoticesTest() {
        Authorizations authorizations = new Authorizations();
        authorizations.authorizations = store;
        authorizations.self = authorizations;
        authorizations.gateway = gateway;
        authorizations.events = published::add;
        InMemoryMethods methods = new InMemoryMethods();
        methods.add(new PaymentMethod(7, "Visa", "4242", 12, 2031, "pm_card_visa", false));
        authorizations.methods = methods;
        GatewayEventLog log = (event, at) -> {
            if (recorded.stream().anyMatch(e -> e.id().equals(event.id()))) {
                return false;
            }
            recorded.add(event);
            return true;
        };
        Holds holds = new Holds();
        holds.authorizations = store;
        holds.gateway = store;
        holds.events = published::add;
        holds.self = holds;
        notices = new GatewayNotices(log, authorizations, holds, null, Clock.systemUTC());
    }

    /** An attempt recorded and committed, whose gateway call never answered. */
    private Authorization waiting(String orderReference) {
        Authorization attempt = Authorization.attempt(orderReference, 7, 1, Money.of(1850, "EUR"), orderReference,
                "key-" + orderReference, "fp-" + orderReference, Instant.now());
        store.add(attempt);
        return attempt;
    }

    private static GatewayEvent event(String id, String type, String attemptReference) {
        return new GatewayEvent(id, type, "pi_x", "pi_x", attemptReference);
    }

    @Test
    void aWebhookFinishesTheWaitingAttemptAtOnceAndOnlyOnce() {
        Authorization attempt = waiting("Q-1001");
        gateway.held.put(IdempotencyKeys.ofGatewayAuthorization("Q-1001", "pm_card_visa", Money.of(1850, "EUR")),
                "pi_held"); // the gateway held when first asked; its answer was lost

        assertTrue(notices.take(event("evt_1", "payment_intent.amount_capturable_updated", "Q-1001")));

        assertEquals(AuthorizationStatus.AUTHORIZED, attempt.getStatus());
        assertEquals("pi_held", attempt.getGatewayReference(), "the gateway's own answer, asked under the same key");
        assertEquals(List.of(IdempotencyKeys.ofGatewayAuthorization("Q-1001", "pm_card_visa", Money.of(1850, "EUR"))),
                gateway.asked);
        assertEquals(List.of(new PaymentAuthorized(attempt.getId(), "Q-1001", 7, 1850, "EUR")), published);

        assertTrue(notices.take(event("evt_2", "payment_intent.succeeded", "Q-1001")), "another event is recorded");
        assertEquals(1, gateway.asked.size(), "a finished attempt asks the gateway nothing more");
        assertEquals(1, published.size(), "one PaymentAuthorized");
        assertEquals(2, recorded.size());
    }

    @Test
    void aReplayedWebhookDoesNothingMore() {
        Authorization attempt = waiting("Q-1002");
        gateway.silent = true;
        GatewayEvent first = event("evt_1", "payment_intent.amount_capturable_updated", "Q-1002");

        assertTrue(notices.take(first));
        assertTrue(attempt.isAttempt(), "a gateway that does not answer now leaves the attempt to the clock");
        gateway.silent = false;

        assertFalse(notices.take(first), "a replay");
        assertTrue(attempt.isAttempt(), "the replay asked nothing");
        assertEquals(1, gateway.asked.size());
        assertEquals(List.of(first), recorded);
        assertTrue(published.isEmpty());
    }

    @Test
    void anEventForNoKnownAttemptIsOnlyRecorded() {
        Authorization other = waiting("Q-1003");

        assertTrue(notices.take(event("evt_1", "payment_intent.succeeded", "Q-unknown")));
        assertTrue(notices.take(event("evt_2", "payment_intent.succeeded", null)));
        assertTrue(notices.take(event("evt_3", "charge.refunded", "Q-1003")));

        assertEquals(3, recorded.size());
        assertTrue(gateway.asked.isEmpty());
        assertTrue(other.isAttempt());
        assertTrue(published.isEmpty());
    }

    @Test
    void aDeclineForgetsTheAttempt() {
        Authorization attempt = waiting("Q-1004");
        gateway.declines = true;

        assertTrue(notices.take(event("evt_1", "payment_intent.payment_failed", "Q-1004")));

        assertTrue(store.byId(attempt.getId()).isEmpty(), "nothing is held; the key may be tried again");
        assertEquals(1, gateway.asked.size());
        assertTrue(published.isEmpty());
    }

    @Test
    void aHoldTheGatewayCancelledIsRecordedReleasedWithoutAskingTheGatewayToVoidIt() {
        Authorization hold = store.hold("Q-2001", 1850, Instant.now());
        hold.confirm(Instant.now());

        assertTrue(notices.take(new GatewayEvent("evt_1", "payment_intent.canceled", hold.getGatewayReference(),
                hold.getGatewayReference(), "Q-2001")));
        assertTrue(notices.take(new GatewayEvent("evt_2", "payment_intent.canceled", hold.getGatewayReference(),
                hold.getGatewayReference(), "Q-2001")), "Stripe sends it again under another id");

        assertEquals(AuthorizationStatus.VOIDED, hold.getStatus());
        assertEquals(List.of(new PaymentVoided(hold.getId(), "Q-2001", 1850, "EUR")), published, "released once");
        assertTrue(store.voided.isEmpty(), "the gateway is not asked to void again");
        assertTrue(gateway.asked.isEmpty());
    }

    @Test
    void aCancelledHoldDueForCaptureOrAnotherEventForAHoldChangesNothing() {
        Authorization due = store.hold("Q-2002", 1850, Instant.now());
        due.dueForCapture(3, 4, Instant.now());
        Authorization held = store.hold("Q-2003", 1850, Instant.now());

        notices.take(new GatewayEvent("evt_1", "payment_intent.canceled", due.getGatewayReference(),
                due.getGatewayReference(), "Q-2002"));
        notices.take(new GatewayEvent("evt_2", "payment_intent.succeeded", held.getGatewayReference(),
                held.getGatewayReference(), "Q-2003"));

        assertEquals(AuthorizationStatus.AUTHORIZED, due.getStatus());
        assertEquals(AuthorizationStatus.AUTHORIZED, held.getStatus());
        assertTrue(published.isEmpty());
    }

    /** A gateway keeping its holds by idempotency key; it may decline or not answer. */
    private static final class Gateway extends AuthorizingGateway {

        final List<String> asked = new ArrayList<>();
        final Map<String, String> held = new LinkedHashMap<>();
        boolean declines;
        boolean silent;

        @Override
        public GatewayDecision authorize(String token, Money amount, String reference, String idempotencyKey) {
            asked.add(idempotencyKey);
            if (silent) {
                throw new GatewayException("the gateway did not answer");
            }
            if (declines) {
                return GatewayDecision.declined("card_declined");
            }
            return GatewayDecision.approved(held.computeIfAbsent(idempotencyKey, k -> "pi_" + held.size()));
        }
    }
}
