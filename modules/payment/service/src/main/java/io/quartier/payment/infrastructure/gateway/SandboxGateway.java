package io.quartier.payment.infrastructure.gateway;

import io.quartier.kernel.Money;
import io.quartier.payment.domain.model.gateway.GatewayDecision;
import io.quartier.payment.domain.model.gateway.GatewayException;
import io.quartier.payment.domain.model.gateway.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A gateway that never leaves the JVM, for development, demos and tests. Token {@code tok_sandbox_declined}
 * is declined with {@code card_declined}; {@code tok_sandbox_unavailable} gets no answer (the gateway fails, as an
 * unreachable one would); any other {@code tok_sandbox_*} token is approved with a
 * reference {@code sbx_<uuid>}; anything else is not a sandbox token and is declined as {@code invalid_token}. Refunds
 * are approved once per idempotency key (kept in memory: the sandbox forgets them when the JVM stops).
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
    public static final String REFUND_PREFIX = "sbx_re_";

    private final Map<String, Refunded> refunds = new ConcurrentHashMap<>();

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

    /**
     * Refunds of sandbox charges; a key asked again gets its first answer, and a key reused for another charge or
     * amount is declined ({@code idempotency_key_reused}).
     */
    @Override
    public GatewayDecision refund(String gatewayReference, Money amount, String idempotencyKey) {
        requireSandboxReference(gatewayReference);
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new GatewayException("a refund needs an idempotency key");
        }
        Refunded refunded = refunds.computeIfAbsent(idempotencyKey,
                k -> new Refunded(gatewayReference, amount, REFUND_PREFIX + UUID.randomUUID()));
        if (!refunded.charge().equals(gatewayReference) || !refunded.amount().equals(amount)) {
            return GatewayDecision.declined("idempotency_key_reused");
        }
        return GatewayDecision.approved(refunded.reference());
    }

    @Override
    public void capture(String gatewayReference, Money amount) {
        requireSandboxReference(gatewayReference);
    }

    @Override
    public void voidAuthorization(String gatewayReference) {
        requireSandboxReference(gatewayReference);
    }

    private record Refunded(String charge, Money amount, String reference) {
    }

    private static void requireSandboxReference(String gatewayReference) {
        if (gatewayReference == null || !gatewayReference.startsWith(REFERENCE_PREFIX)) {
            throw new GatewayException("not a sandbox authorization: " + gatewayReference);
        }
    }
}
