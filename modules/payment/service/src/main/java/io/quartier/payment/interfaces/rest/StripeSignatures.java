package io.quartier.payment.interfaces.rest;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import io.quartier.kernel.Money;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.payment.domain.model.gateway.GatewayEvent;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Checks that a webhook comes from Stripe, with Stripe's SDK: the {@code Stripe-Signature} header must hold an
 * HMAC-SHA256 of its timestamp and the exact payload, made with the webhook secret, and the timestamp must be
 * within the tolerance (an old delivery replayed by someone else is refused). Anything else is a 400 that names
 * what failed, never the secret.
 */
final class StripeSignatures {

    static final Duration TOLERANCE = Duration.ofSeconds(Webhook.DEFAULT_TOLERANCE);

    private final String secret;
    private final Clock clock;

    StripeSignatures(String secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    /** The event the payload announces, once its signature holds. */
    GatewayEvent verify(String payload, String signature) {
        if (signature == null || signature.isBlank()) {
            throw refused("the Stripe-Signature header is missing");
        }
        if (payload == null || payload.isBlank()) {
            throw refused("the webhook has no payload");
        }
        JsonObject json = json(payload);
        Event event;
        try {
            event = Webhook.constructEvent(payload, signature, secret, TOLERANCE.toSeconds(), clock);
        } catch (SignatureVerificationException e) {
            throw refused("the Stripe-Signature does not hold: " + e.getMessage());
        }
        JsonValue data = json.get("data");
        JsonValue object = data instanceof JsonObject d ? d.get("object") : null;
        if (event.getId() == null || event.getType() == null || !(object instanceof JsonObject)) {
            throw refused("the webhook's payload is not a Stripe event");
        }
        String reference = text(object.asJsonObject(), "id");
        String hold = text(object.asJsonObject(), "payment_intent");
        JsonValue metadata = object.asJsonObject().get("metadata");
        String attempt = metadata instanceof JsonObject m ? text(m, "quartier_reference") : null;
        return new GatewayEvent(event.getId(), event.getType(), reference, hold != null ? hold : reference, attempt,
                text(object.asJsonObject(), "status"), amount(object.asJsonObject()));
    }

    /** The object's {@code amount} in its {@code currency} (Stripe's minor units, lower-case code), if it has both. */
    private static Money amount(JsonObject object) {
        String currency = text(object, "currency");
        if (!(object.get("amount") instanceof JsonNumber amount) || !amount.isIntegral() || currency == null) {
            return null;
        }
        try {
            return Money.of(amount.longValueExact(), currency.toUpperCase(Locale.ROOT));
        } catch (ArithmeticException | IllegalArgumentException notMoney) {
            return null; // beyond a long, or a currency ISO 4217 does not know: nothing Quartier booked
        }
    }

    private static JsonObject json(String payload) {
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject();
        } catch (JsonException e) {
            throw refused("the webhook's payload is not a JSON object");
        }
    }

    private static String text(JsonObject object, String member) {
        JsonValue value = object.get(member);
        return value instanceof JsonString string ? string.getString() : null;
    }

    private static ProblemException refused(String detail) {
        return ProblemException.invalid("problem.invalid", detail);
    }
}
