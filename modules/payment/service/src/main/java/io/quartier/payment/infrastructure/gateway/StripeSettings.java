package io.quartier.payment.infrastructure.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stripe's settings, from MicroProfile Config or the environment: {@code PAYMENT_STRIPE_SECRET_KEY},
 * {@code PAYMENT_STRIPE_WEBHOOK_SECRET}, {@code PAYMENT_STRIPE_API_BASE} (Stripe's own by default). The secrets are
 * required only when Stripe is the gateway, and never appear in a message.
 */
@ApplicationScoped
public class StripeSettings {

    @Inject
    @ConfigProperty(name = "payment.stripe.secret-key")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "payment.stripe.webhook-secret")
    Optional<String> webhookSecret;

    @Inject
    @ConfigProperty(name = "payment.stripe.api-base", defaultValue = "https://api.stripe.com")
    String apiBase;

    @Inject
    @ConfigProperty(name = "payment.stripe.network-retries", defaultValue = "2")
    int networkRetries;

    @Inject
    @ConfigProperty(name = "payment.stripe.timeout-millis", defaultValue = "10000")
    int timeoutMillis;

    StripeGateway gateway() {
        webhookSecret();
        return new StripeGateway(required(secretKey, "PAYMENT_STRIPE_SECRET_KEY (payment.stripe.secret-key)"),
                apiBase, networkRetries, timeoutMillis);
    }

    /** The secret that signs Stripe's webhooks ({@code whsec_...}). */
    public String webhookSecret() {
        return required(webhookSecret, "PAYMENT_STRIPE_WEBHOOK_SECRET (payment.stripe.webhook-secret)");
    }

    private static String required(Optional<String> setting, String name) {
        return setting.filter(s -> !s.isBlank()).orElseThrow(() -> new IllegalStateException(
                "payment.gateway=stripe needs " + name + "; it is not set"));
    }
}
