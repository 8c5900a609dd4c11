package io.quartier.payment.infrastructure.gateway;

import io.quartier.payment.domain.model.gateway.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Offers the gateway adapter named by {@code payment.gateway}. Only {@code sandbox} exists so far; an
 * unknown name stops the deployment rather than failing the first payment.
 */
@ApplicationScoped
public class GatewaySelection {

    @Inject
    @ConfigProperty(name = "payment.gateway")
    String gateway;

    @Inject
    SandboxGateway sandbox;

    @Produces
    PaymentGateway selected() {
        return switch (gateway) {
            case "sandbox" -> sandbox;
            default -> throw new IllegalStateException(
                    "payment.gateway=" + gateway + " names no gateway adapter; known: sandbox");
        };
    }

    void verifyAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        selected();
    }
}
