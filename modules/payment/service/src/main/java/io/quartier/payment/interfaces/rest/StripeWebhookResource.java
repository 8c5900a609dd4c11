package io.quartier.payment.interfaces.rest;

import io.quartier.kernel.problem.ProblemException;
import io.quartier.payment.api.StripeWebhooksApi;
import io.quartier.payment.application.GatewayNotices;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves {@link StripeWebhooksApi}: Stripe's events, signed with {@code PAYMENT_STRIPE_WEBHOOK_SECRET}. Without that
 * secret (another gateway runs) there is nothing to receive: 404.
 */
@RequestScoped
@PermitAll
@Tag(name = "payment")
@Server(url = "/payment", description = "payment service")
@Path("webhooks/stripe")
public class StripeWebhookResource implements StripeWebhooksApi {

    @Inject
    @ConfigProperty(name = "payment.stripe.webhook-secret")
    Optional<String> secret;

    @Inject
    GatewayNotices notices;

    @Override
    @Operation(summary = "Receive an event from Stripe (signed); each event is taken once")
    @APIResponse(responseCode = "200", description = "taken, or already taken before (a replay changes nothing)")
    @APIResponse(responseCode = "400", description = "problem.invalid: missing or wrong Stripe-Signature, stale"
            + " timestamp, or not a Stripe event")
    @APIResponse(responseCode = "404", description = "Stripe is not configured here")
    public String receive(String signature, String payload) {
        String webhookSecret = secret.filter(s -> !s.isBlank()).orElseThrow(
                () -> new ProblemException(404, "problem.notFound", "no Stripe webhook secret is configured"));
        boolean first = notices.take(new StripeSignatures(webhookSecret, Clock.systemUTC()).verify(payload, signature));
        return first ? "{\"received\":true}" : "{\"received\":true,\"replay\":true}";
    }
}
