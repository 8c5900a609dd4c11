package io.quartier.payment.infrastructure.gateway;

import io.quartier.kernel.Money;
import io.quartier.payment.domain.model.gateway.GatewayDecision;
import io.quartier.payment.domain.model.gateway.GatewayException;
import io.quartier.payment.domain.model.gateway.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.UUID;

/**
 * A gateway that never leaves the JVM, for development, demos and tests. Token {@code tok_sandbox_declined}
 * is declined with {@code card_declined}; {@code tok_sandbox_unavailable} gets no answer (the gateway fails, as an
 * unreachable one would); any other {@code tok_sandbox_*} token is approved with a
 * reference {@code sbx_<uuid>}; anything else is not a sandbox token and is declined as {@code invalid_token}.
 *
 * <p>Typed to its own class so that only {@link GatewaySelection} offers it as the {@link PaymentGateway}.
 */
@ApplicationScoped
@Typed(SandboxGateway.class)
public class SandboxGateway implements PaymentGateway {

    public static final String TOKEN_PREFIX = "tok_sandbox_";
    public static final String DECLINED_TOKEN = "tok_sandbox_declined";
    public static final String UNAVAILABLE_TOKEN = "tok_sandbox_unavailable";
    public static final String REFERENCE_PREFIX = "sbx_";

    @Override
    public GatewayDecision authorize(String token, Money amount, String reference) {
        if (DECLINED_TOKEN.equals(token)) {
            return GatewayDecision.declined("card_declined");
        }
        if (UNAVAILABLE_TOKEN.equals(token)) {
            throw new GatewayException("the sandbox gateway does not answer for " + UNAVAILABLE_TOKEN);
        }
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return GatewayDecision.declined("invalid_token");
        }
        return GatewayDecision.approved(REFERENCE_PREFIX + UUID.randomUUID());
    }

    @Override
    public void capture(String gatewayReference, Money amount) {
        requireSandboxReference(gatewayReference);
    }

    @Override
    public void voidAuthorization(String gatewayReference) {
        requireSandboxReference(gatewayReference);
    }

    private static void requireSandboxReference(String gatewayReference) {
        if (gatewayReference == null || !gatewayReference.startsWith(REFERENCE_PREFIX)) {
            throw new GatewayException("not a sandbox authorization: " + gatewayReference);
        }
    }
}
