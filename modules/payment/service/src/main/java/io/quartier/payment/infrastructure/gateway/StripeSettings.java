package io.quartier.payment.infrastructure.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stripe's settings, from MicroProfile Config or the environment: {@code PAYMENT_STRIPE_SECRET_KEY},
 * {@code PAYMENT_STRIPE_WEBHOOK_SECRET}, {@code PAYMENT_STRIPE_API_BASE} (Stripe's own by default),
 * {@code PAYMENT_STRIPE_RETURN_URL} (the shop's basket on the platform's address by default). The secrets are
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

    /** Where Stripe sends the customer back from the bank's 3-D Secure page; the shop's basket by default. */
    @Inject
    @ConfigProperty(name = "payment.stripe.return-url")
    Optional<String> returnUrl;

    /** The platform's own address, as its launcher gives it. */
    @Inject
    @ConfigProperty(name = "quartier.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    StripeGateway gateway() {
        webhookSecret();
        return new StripeGateway(required(secretKey, "PAYMENT_STRIPE_SECRET_KEY (payment.stripe.secret-key)"),
                apiBase, networkRetries, timeoutMillis,
                returnUrl.filter(u -> !u.isBlank()).orElse(baseUrl + "/shop/basket.xhtml?challenge=returned"));
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
