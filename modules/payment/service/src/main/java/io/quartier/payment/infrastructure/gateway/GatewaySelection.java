package io.quartier.payment.infrastructure.gateway;

import io.quartier.payment.domain.model.gateway.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Offers the gateway adapter named by {@code payment.gateway} ({@code PAYMENT_GATEWAY}): {@code sandbox} or
 * {@code stripe}. An unknown name, or Stripe without its secret key or webhook secret, stops the deployment rather
 * than failing the first payment.
 */
@ApplicationScoped
public class GatewaySelection {

    @Inject
    @ConfigProperty(name = "payment.gateway")
    String gateway;

    @Inject
    SandboxGateway sandbox;

    @Inject
    StripeSettings stripeSettings;

    private PaymentGateway stripe;

    @Produces
    PaymentGateway selected() {
        return switch (gateway) {
            case "sandbox" -> sandbox;
            case "stripe" -> stripe();
            default -> throw new IllegalStateException(
                    "payment.gateway=" + gateway + " names no gateway adapter; known: sandbox, stripe");
        };
    }

    void verifyAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        selected();
    }

    private synchronized PaymentGateway stripe() {
        if (stripe == null) {
            stripe = stripeSettings.gateway();
        }
        return stripe;
    }
}
