package io.quartier.payment.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.Money;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.payment.application.GatewayNotices;
import io.quartier.payment.application.Refunds;
import io.quartier.payment.domain.model.gateway.GatewayEvent;
import io.quartier.payment.domain.model.gateway.GatewayEventLog;
import io.quartier.payment.domain.model.refund.Refund;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Stripe's webhooks, signed as Stripe documents it, through the resource with an in-memory event log. */
class StripeWebhookResourceTest {

    private static final String SECRET = "whsec_test_5WbX5kEWLlfzsGNjH64I8lOOqUB6e8FH";

    private final List<GatewayEvent> recorded = new ArrayList<>();
    private final StripeWebhookResource resource = new StripeWebhookResource();

    private final GatewayEventLog log = (event, at) -> {
        if (recorded.stream().anyMatch(e -> e.id().equals(event.id()))) {
            return false;
        }
        recorded.add(event);
        return true;
    };

    StripeWebhookResourceTest() {
        resource.secret = Optional.of(SECRET);
        resource.notices = new GatewayNotices(log, null, null, null, Clock.systemUTC());
    }

    @Test
    void aSignedEventIsTakenOnceAndItsReplayChangesNothing() {
        String payload = event("evt_1NG8Du2eZvKYlo2CUI79vXWy", "payment_intent.succeeded", """
                {"id":"pi_3MtwBwLkdIwHu7ix28a3tqPa","object":"payment_intent","amount":1850,"currency":"eur",
                 "status":"succeeded"}""");
        String signature = sign(payload, Instant.now().getEpochSecond(), SECRET);

        assertEquals("{\"received\":true}", resource.receive(signature, payload));
        assertEquals("{\"received\":true,\"replay\":true}", resource.receive(signature, payload));

        assertEquals(List.of(new GatewayEvent("evt_1NG8Du2eZvKYlo2CUI79vXWy", "payment_intent.succeeded",
                "pi_3MtwBwLkdIwHu7ix28a3tqPa", "pi_3MtwBwLkdIwHu7ix28a3tqPa", null, "succeeded",
                Money.of(1850, "EUR"))), recorded);
    }

    @Test
    void aRefundedChargeIsRecordedWithTheHoldItBelongsTo() {
        String payload = event("evt_refunded", "charge.refunded", """
                {"id":"ch_3MmlLrLkdIwHu7ix0snN0B15","object":"charge","amount":1850,"amount_refunded":500,
                 "payment_intent":"pi_3MtwBwLkdIwHu7ix28a3tqPa","refunded":false}""");

        resource.receive(sign(payload, Instant.now().getEpochSecond(), SECRET), payload);

        assertEquals(new GatewayEvent("evt_refunded", "charge.refunded", "ch_3MmlLrLkdIwHu7ix0snN0B15",
                "pi_3MtwBwLkdIwHu7ix28a3tqPa"), recorded.get(0), "no currency: no amount read");
    }

    @Test
    void aPaymentIntentsQuartierReferenceIsCarried() {
        String payload = event("evt_capturable", "payment_intent.amount_capturable_updated", """
                {"id":"pi_3MtwBwLkdIwHu7ix28a3tqPa","object":"payment_intent","amount":1850,"currency":"eur",
                 "status":"requires_capture","metadata":{"quartier_reference":"Q-1001"}}""");

        resource.receive(sign(payload, Instant.now().getEpochSecond(), SECRET), payload);

        assertEquals(new GatewayEvent("evt_capturable", "payment_intent.amount_capturable_updated",
                "pi_3MtwBwLkdIwHu7ix28a3tqPa", "pi_3MtwBwLkdIwHu7ix28a3tqPa", "Q-1001", "requires_capture",
                Money.of(1850, "EUR")), recorded.get(0));
    }

    @Test
    void aRefundMadeInStripesDashboardIsBookedAndOneQuartierAskedForIsNot() {
        List<String> booked = new ArrayList<>();
        resource.notices = new GatewayNotices(log, null, null, new Refunds() {
            @Override
            public Optional<Refund> bookMadeAtGateway(String gatewayRefund, String holdReference, Money amount) {
                booked.add(gatewayRefund + " of " + holdReference + ": " + amount);
                return Optional.empty();
            }
        }, Clock.systemUTC());
        String dashboard = event("evt_dash", "refund.created", """
                {"id":"re_3MtwBwLkdIwHu7ix0XmSNQqm","object":"refund","amount":500,"currency":"eur",
                 "payment_intent":"pi_3MtwBwLkdIwHu7ix28a3tqPa","status":"succeeded","metadata":{}}""");
        String ours = event("evt_ours", "refund.created", """
                {"id":"re_ours","object":"refund","amount":700,"currency":"eur","payment_intent":"pi_3MtwBwLkdIwHu7ix28a3tqPa",
                 "status":"succeeded","metadata":{"quartier_reference":"refund:12"}}""");
        String pending = event("evt_pending", "refund.created", """
                {"id":"re_pending","object":"refund","amount":300,"currency":"eur","payment_intent":"pi_3MtwBwLkdIwHu7ix28a3tqPa",
                 "status":"pending"}""");
        String oddCurrency = event("evt_odd", "refund.updated", """
                {"id":"re_odd","object":"refund","amount":300,"currency":"zzz","payment_intent":"pi_3MtwBwLkdIwHu7ix28a3tqPa",
                 "status":"succeeded"}""");

        for (String payload : List.of(dashboard, ours, pending, oddCurrency, dashboard)) {
            resource.receive(sign(payload, Instant.now().getEpochSecond(), SECRET), payload);
        }

        assertEquals(List.of("re_3MtwBwLkdIwHu7ix0XmSNQqm of pi_3MtwBwLkdIwHu7ix28a3tqPa: 500 EUR"), booked,
                "the dashboard's refund once; Quartier's own, a pending one and one in no known currency not");
        assertEquals(4, recorded.size(), "each event recorded once");
    }

    @Test
    void aFailedPaymentIsRecorded() {
        String payload = event("evt_failed", "payment_intent.payment_failed", """
                {"id":"pi_failed","object":"payment_intent","status":"requires_payment_method",
                 "last_payment_error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds"}}""");

        resource.receive(sign(payload, Instant.now().getEpochSecond(), SECRET), payload);

        assertEquals("pi_failed", recorded.get(0).holdReference());
    }

    @Test
    void aSignatureMadeWithAnotherSecretIsRefused() {
        String payload = event("evt_forged", "charge.refunded", "{\"id\":\"ch_1\",\"object\":\"charge\"}");

        assertRefused(sign(payload, Instant.now().getEpochSecond(), "whsec_someone_else"), payload);
    }

    @Test
    void aPayloadChangedAfterSigningIsRefused() {
        String payload = event("evt_1", "charge.refunded", "{\"id\":\"ch_1\",\"object\":\"charge\"}");
        String signature = sign(payload, Instant.now().getEpochSecond(), SECRET);

        assertRefused(signature, payload.replace("ch_1", "ch_2"));
    }

    @Test
    void aSignatureOlderThanTheToleranceIsRefused() {
        String payload = event("evt_old", "charge.refunded", "{\"id\":\"ch_1\",\"object\":\"charge\"}");
        long sixMinutesAgo = Instant.now().minus(StripeSignatures.TOLERANCE).minusSeconds(60).getEpochSecond();

        assertRefused(sign(payload, sixMinutesAgo, SECRET), payload);
    }

    @Test
    void aMissingOrMalformedSignatureHeaderIsRefused() {
        String payload = event("evt_1", "charge.refunded", "{\"id\":\"ch_1\",\"object\":\"charge\"}");

        assertRefused(null, payload);
        assertRefused("", payload);
        assertRefused("v1=deadbeef", payload);
    }

    @Test
    void aSignedPayloadThatIsNoStripeEventIsRefused() {
        String notJson = "<xml>not an event</xml>";
        String noObject = "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"charge.refunded\"}";

        assertRefused(sign(notJson, Instant.now().getEpochSecond(), SECRET), notJson);
        assertRefused(sign(noObject, Instant.now().getEpochSecond(), SECRET), noObject);
    }

    @Test
    void withoutAWebhookSecretThereIsNothingToReceive() {
        resource.secret = Optional.empty();
        String payload = event("evt_1", "charge.refunded", "{\"id\":\"ch_1\",\"object\":\"charge\"}");

        ProblemException refused = assertThrows(ProblemException.class,
                () -> resource.receive(sign(payload, Instant.now().getEpochSecond(), SECRET), payload));

        assertEquals(404, refused.status());
        assertTrue(recorded.isEmpty());
    }

    private void assertRefused(String signature, String payload) {
        ProblemException refused = assertThrows(ProblemException.class, () -> resource.receive(signature, payload));
        assertEquals(400, refused.status());
        assertTrue(recorded.isEmpty(), "nothing is recorded from a refused webhook");
    }

    private static String event(String id, String type, String object) {
        return """
                {"id":"%s","object":"event","api_version":"2024-06-20","created":1686089970,"livemode":false,
                 "pending_webhooks":1,"request":{"id":null,"idempotency_key":null},"type":"%s",
                 "data":{"object":%s}}""".formatted(id, type, object);
    }

    /** Stripe's scheme: {@code t=<timestamp>,v1=<hex HMAC-SHA256 of "<timestamp>.<payload>" with the secret>}. */
    static String sign(String payload, long timestamp, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(signature);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError("HmacSHA256 is part of every JDK", e);
        }
    }
}
