package io.quartier.payment.infrastructure.gateway;

import io.quartier.kernel.Money;
import io.quartier.payment.domain.model.gateway.CardDetails;
import io.quartier.payment.domain.model.gateway.GatewayDecision;
import io.quartier.payment.domain.model.gateway.GatewayException;
import io.quartier.payment.domain.model.gateway.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A gateway that never leaves the JVM, for development, demos and tests, answering like a card network. Its test
 * cards (the number is typed into the gateway's own form, never into Quartier's; Quartier keeps the token):
 * <ul>
 *   <li>4242 4242 4242 4242 ({@code tok_sandbox_visa}, and any other {@code tok_sandbox_*} token): approved, with a
 *       reference {@code sbx_<uuid>};</li>
 *   <li>4000 0000 0000 0002 ({@code tok_sandbox_declined}): declined, {@code card_declined};</li>
 *   <li>4000 0000 0000 9995 ({@code tok_sandbox_insufficient_funds}): declined, {@code insufficient_funds};</li>
 *   <li>4000 0000 0000 0069 ({@code tok_sandbox_expired}): declined, {@code expired_card};</li>
 *   <li>4000 0000 0000 0036 ({@code tok_sandbox_processing_error}): declined, {@code processing_error};</li>
 *   <li>4000 0027 6000 3184 ({@code tok_sandbox_3ds}): the bank asks for a 3-D Secure challenge, which this sandbox
 *       does not run yet: declined, {@code authentication_required};</li>
 *   <li>{@code tok_sandbox_unavailable}: no answer (the gateway fails, as an unreachable one would).</li>
 * </ul>
 * Its card form ({@link SandboxCardForm}) gives a token of its own for each test number, {@code tok_sandbox_visa.<random>}
 * and so on, which behaves as the token before the dot (see {@link SandboxCards}).
 * A token that is not a sandbox token is declined as {@code invalid_token}. Refunds are approved once per
 * idempotency key (kept in memory: the sandbox forgets them when the JVM stops).
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

    /** The test cards' tokens that are declined, with the decline code each gets. */
    private static final Map<String, String> DECLINES = Map.of(
            DECLINED_TOKEN, "card_declined",
            "tok_sandbox_insufficient_funds", "insufficient_funds",
            "tok_sandbox_expired", "expired_card",
            "tok_sandbox_processing_error", "processing_error",
            "tok_sandbox_3ds", "authentication_required");

    private final Map<String, Refunded> refunds = new ConcurrentHashMap<>();

    private final SandboxCards cards = new SandboxCards();

    /** The sandbox's card network, whose form turns a test card number into a token. */
    public SandboxCards cards() {
        return cards;
    }

    @Override
    public Optional<CardDetails> describe(String token) {
        return cards.describe(token);
    }

    @Override
    public GatewayDecision authorize(String token, Money amount, String reference) {
        token = SandboxCards.behaviourOf(token);
        String declined = DECLINES.get(token);
        if (declined != null) {
            return GatewayDecision.declined(declined);
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
