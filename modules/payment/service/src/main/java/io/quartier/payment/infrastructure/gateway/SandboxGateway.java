package io.quartier.payment.infrastructure.gateway;

import io.quartier.kernel.Money;
import io.quartier.payment.domain.model.gateway.CardDetails;
import io.quartier.payment.domain.model.gateway.GatewayDecision;
import io.quartier.payment.domain.model.gateway.GatewayException;
import io.quartier.payment.domain.model.gateway.PaymentGateway;
import io.quartier.payment.domain.model.gateway.Challenge;
import io.quartier.payment.domain.model.gateway.ChallengeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
 *   <li>4000 0027 6000 3184 ({@code tok_sandbox_3ds}): the bank asks for 3-D Secure and offers no challenge:
 *       declined, {@code authentication_required};</li>
 *   <li>4000 0000 0000 3220 ({@code tok_sandbox_challenge}): the bank asks the customer to pass a 3-D Secure challenge
 *       on the sandbox's page ({@link SandboxChallengePage}): declined {@code authentication_required} with the page's
 *       address; once the customer passed it, the same card, amount and reference are approved, once; once failed,
 *       they are declined {@code authentication_failed}, once; after {@value #CHALLENGE_MINUTES} minutes it is
 *       worth nothing and a new one is asked for;</li>
 *   <li>{@code tok_sandbox_unavailable}: no answer (the gateway fails, as an unreachable one would).</li>
 * </ul>
 * Its card form ({@link SandboxCardForm}) gives a token of its own for each test number, {@code tok_sandbox_visa.<random>}
 * and so on, which behaves as the token before the dot (see {@link SandboxCards}).
 * A token that is not a sandbox token is declined as {@code invalid_token}. Authorizations and refunds are approved
 * once per idempotency key: asked again, the first approval is the answer (no second hold), and a key reused for another
 * card, charge or amount is declined {@code idempotency_key_reused}. Keys are kept in memory (the sandbox forgets them
 * when the JVM stops); challenges in payment's database.
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
    public static final String CHALLENGE_TOKEN = "tok_sandbox_challenge";
    static final int CHALLENGE_MINUTES = 15;
    private static final String REUSED = "idempotency_key_reused";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The test cards' tokens that are declined, with the decline code each gets. */
    private static final Map<String, String> DECLINES = Map.of(
            DECLINED_TOKEN, "card_declined",
            "tok_sandbox_insufficient_funds", "insufficient_funds",
            "tok_sandbox_expired", "expired_card",
            "tok_sandbox_processing_error", "processing_error",
            "tok_sandbox_3ds", "authentication_required");

    private final Map<String, Refunded> refunds = new ConcurrentHashMap<>();
    private final Map<String, Held> holds = new ConcurrentHashMap<>();

    @Inject
    ChallengeRepository challenges;

    /** Where the customer answers a challenge: the sandbox's page, served by payment. */
    @Inject
    @ConfigProperty(name = "payment.sandbox.challenge-page", defaultValue = "/payment/sandbox/challenge")
    String challengePage;

    Clock clock = Clock.systemUTC();

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
    public GatewayDecision authorize(String token, Money amount, String reference, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new GatewayException("an authorization needs an idempotency key");
        }
        Held earlier = holds.get(idempotencyKey);
        if (earlier != null) {
            return earlier.token().equals(token) && earlier.amount().equals(amount)
                    ? GatewayDecision.approved(earlier.reference()) : GatewayDecision.declined(REUSED);
        }
        String behaviour = SandboxCards.behaviourOf(token);
        String declined = DECLINES.get(behaviour);
        if (declined != null) {
            return GatewayDecision.declined(declined);
        }
        if (UNAVAILABLE_TOKEN.equals(behaviour)) {
            throw new GatewayException("the sandbox gateway does not answer for " + UNAVAILABLE_TOKEN);
        }
        if (behaviour == null || !behaviour.startsWith(TOKEN_PREFIX)) {
            return GatewayDecision.declined("invalid_token");
        }
        if (CHALLENGE_TOKEN.equals(behaviour)) {
            Optional<GatewayDecision> refused = challenged(token, amount, reference);
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        Held held = holds.computeIfAbsent(idempotencyKey,
                k -> new Held(token, amount, REFERENCE_PREFIX + UUID.randomUUID()));
        return held.token().equals(token) && held.amount().equals(amount)
                ? GatewayDecision.approved(held.reference()) : GatewayDecision.declined(REUSED);
    }

    /** The amount the challenge {@code id} asks to confirm; empty when there is none to answer (unknown, answered, expired). */
    public Optional<Money> challengeToAnswer(String id) {
        Instant now = clock.instant();
        return challenges.byId(id).filter(c -> c.isOpen(now)).map(Challenge::amount);
    }

    /**
     * The customer answers the challenge {@code id} on the sandbox's page: true when the answer is taken, false when
     * there is no such challenge, or it was answered before or has expired.
     */
    @Transactional
    public boolean answerChallenge(String id, boolean passed) {
        return challenges.byIdForUpdate(id).map(c -> c.decide(passed, clock.instant())).orElse(false);
    }

    /**
     * Empty when the attempt's challenge was passed (and is now used up); else the refusal: declined once after a
     * failed challenge, or a new challenge to answer.
     */
    private Optional<GatewayDecision> challenged(String token, Money amount, String reference) {
        Instant now = clock.instant();
        Optional<Challenge> answered = challenges.ofAttemptForUpdate(token, reference).stream()
                .filter(c -> c.isFor(token, amount, reference) && c.isAnswered(now)).findFirst();
        if (answered.isPresent()) {
            return answered.get().use(now) ? Optional.empty()
                    : Optional.of(GatewayDecision.declined("authentication_failed"));
        }
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        Challenge challenge = new Challenge(HexFormat.of().formatHex(random), token, amount, reference, now,
                now.plus(Duration.ofMinutes(CHALLENGE_MINUTES)));
        challenges.issue(challenge);
        return Optional.of(GatewayDecision.challenge(challengePage + "?id=" + challenge.getId()));
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
            return GatewayDecision.declined(REUSED);
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

    private record Held(String token, Money amount, String reference) {
    }

    private record Refunded(String charge, Money amount, String reference) {
    }

    private static void requireSandboxReference(String gatewayReference) {
        if (gatewayReference == null || !gatewayReference.startsWith(REFERENCE_PREFIX)) {
            throw new GatewayException("not a sandbox authorization: " + gatewayReference);
        }
    }
}
