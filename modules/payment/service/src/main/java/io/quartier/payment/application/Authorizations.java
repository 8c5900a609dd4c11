package io.quartier.payment.application;

import io.quartier.kernel.Money;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.payment.api.AuthorizationRequest;
import io.quartier.payment.api.AuthorizationView;
import io.quartier.payment.api.event.PaymentAuthorized;
import io.quartier.payment.domain.model.authorization.Authorization;
import io.quartier.payment.domain.model.authorization.AuthorizationRepository;
import io.quartier.payment.domain.model.authorization.RequestFingerprint;
import io.quartier.payment.domain.model.gateway.GatewayDecision;
import io.quartier.payment.domain.model.gateway.PaymentGateway;
import io.quartier.payment.domain.model.method.PaymentMethod;
import io.quartier.payment.domain.model.method.PaymentMethodRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Authorises a payment at most once per idempotency key of a customer, with no transaction open while the gateway is
 * asked. The hold and its PaymentAuthorized event commit together; a hold whose order never comes to exist is released
 * by {@link Holds}.
 */
@ApplicationScoped
public class Authorizations {

    private static final Logger LOG = Logger.getLogger(Authorizations.class.getName());
    private static final String UNIQUE_VIOLATION = "23505";
    private static final Duration RETRY_AFTER = Duration.ofMinutes(1);
    private static final Duration GIVE_UP_AFTER = Duration.ofHours(1);
    /** A wallet hold's reference, in the place of a gateway's. */
    static final String WALLET_REFERENCE_PREFIX = "qw_";

    @Inject
    PaymentMethodRepository methods;

    @Inject
    AuthorizationRepository authorizations;

    @Inject
    PaymentGateway gateway;

    @Inject
    PaymentEvents events;

    @Inject
    WalletBalances wallets;

    @Inject
    PaymentFailures failures;

    /** This bean through its proxy, so that each step has a transaction of its own. */
    @Inject
    Authorizations self;

    Clock clock = Clock.systemUTC();

    /**
     * Authorises with no transaction open while the gateway is asked: one transaction checks the request and records
     * the attempt (AUTHORIZING) under its idempotency key, the gateway is asked after it committed (idempotent by the
     * gateway key made of the attempt), and a second transaction records the hold with PaymentAuthorized, or forgets
     * the attempt the gateway declined. A retry with the key of an attempt still AUTHORIZING asks the gateway again
     * under the same key; the clock does so for attempts a crash left ({@link #finishInterrupted}). A wallet's hold asks
     * no gateway and is made in the first transaction.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AuthorizationView authorize(String idempotencyKey, AuthorizationRequest request) {
        Begun begun = self.begin(idempotencyKey, request);
        if (begun.done() != null) {
            return begun.done();
        }
        GatewayDecision decision = ask(begun.attempt());
        AuthorizationView held = self.finish(begun.attempt().getId(), decision);
        if (decision.challengeUrl() != null) {
            throw failures.refused(request, decision.declineCode(), new ProblemException(402,
                    "problem.payment.authenticationRequired", "the customer's bank asks for a 3-D Secure challenge")
                    .withError("challengeUrl", decision.challengeUrl()));
        }
        if (!decision.approved()) {
            throw failures.refused(request, decision.declineCode(), new ProblemException(402,
                    declineProblem(decision.declineCode()), "the gateway declined the payment: " + decision.declineCode()));
        }
        if (held == null) {
            throw ProblemException.conflict("problem.idempotencyKeyInProgress",
                    "a request with this Idempotency-Key is being processed; retry it");
        }
        return held;
    }

    /**
     * Step one: the request checked against an earlier one with its key, then a wallet's hold made, or a card's attempt
     * recorded for the gateway to be asked once this commits.
     */
    @Transactional
    public Begun begin(String idempotencyKey, AuthorizationRequest request) {
        long customerId = request.customerId();
        String key = IdempotencyKeys.require(idempotencyKey);
        String fingerprint = RequestFingerprint.of(request.orderReference(), request.paymentMethodId(),
                request.amountMinor(), request.currency());
        Optional<Authorization> earlier = authorizations.byIdempotencyKey(customerId, key);
        if (earlier.isPresent()) {
            if (!earlier.get().isRetryOf(fingerprint)) {
                throw new ProblemException(422, "problem.idempotencyKeyReused",
                        "this Idempotency-Key was used for a different request");
            }
            return earlier.get().isAttempt() ? new Begun(null, earlier.get()) : new Begun(view(earlier.get()), null);
        }
        PaymentMethod method = methods.owned(customerId, request.paymentMethodId())
                .orElseThrow(() -> ProblemException.notFound("payment method", request.paymentMethodId()));
        Money amount = amount(request);
        if (method.isWallet()) {
            return new Begun(authorizeFromWallet(key, fingerprint, request, method, amount), null);
        }
        // After a 3-D Secure challenge the attempt is the first order's: the gateway's key too, so that a gateway
        // keeping the attempt by its key (Stripe's PaymentIntent) answers with the one the customer confirmed.
        String attemptReference = request.authenticatedReference() == null ? request.orderReference()
                : request.authenticatedReference();
        Authorization attempt = Authorization.attempt(request.orderReference(), customerId, method.getId(), amount,
                attemptReference, key, fingerprint, clock.instant());
        store(attempt);
        return new Begun(null, attempt);
    }

    /**
     * Step three: the gateway's answer to an attempt. Approved, the attempt becomes the hold and PaymentAuthorized is
     * published, together; declined (or challenged), the attempt is forgotten and null returned. An attempt finished
     * meanwhile (a concurrent retry, the clock) is answered as it stands.
     */
    @Transactional
    public AuthorizationView finish(long attemptId, GatewayDecision decision) {
        Optional<Authorization> found = authorizations.byIdForUpdate(attemptId);
        if (found.isEmpty()) {
            return null;
        }
        Authorization attempt = found.get();
        if (!attempt.isAttempt()) {
            return view(attempt);
        }
        if (!decision.approved()) {
            authorizations.remove(attempt);
            return null;
        }
        Optional<Authorization> sameHold = authorizations.byGatewayReference(decision.reference());
        if (sameHold.isPresent()) {
            authorizations.remove(attempt);
            return view(sameHold.get()); // the same attempt asked under another key: the gateway held nothing more
        }
        attempt.held(decision.reference());
        events.publish(new PaymentAuthorized(attempt.getId(), attempt.getOrderReference(), attempt.getCustomerId(),
                attempt.getAmountMinor(), attempt.getCurrency()));
        return view(attempt);
    }

    /**
     * Asks the gateway again about the attempts whose answer was not recorded for a minute (a crash, a gateway that did
     * not answer), under the same key, so nothing more is held; returns how many it finished. A hold made so is
     * unconfirmed: it is released like any other whose order never came to exist.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int finishInterrupted() {
        int finished = 0;
        for (Authorization attempt : authorizations.attemptsBefore(clock.instant().minus(RETRY_AFTER), 100)) {
            try {
                self.finish(attempt.getId(), ask(attempt));
                finished++;
            } catch (RuntimeException e) {
                if (attempt.getCreatedAt().isBefore(clock.instant().minus(GIVE_UP_AFTER))) {
                    LOG.log(Level.WARNING, "attempt " + attempt.getId() + " given up: the gateway did not answer for "
                            + GIVE_UP_AFTER, e);
                    self.forget(attempt.getId());
                } else {
                    LOG.log(Level.WARNING, "attempt " + attempt.getId() + " waits: the gateway did not answer", e);
                }
            }
        }
        return finished;
    }

    /**
     * Finishes at once, as the clock would, the attempts still waiting for the gateway's answer under
     * {@code attemptReference} (a webhook said the gateway decided): the gateway is asked again under the same key, so
     * what it says is its own answer, never the webhook's body, and nothing more is held. One the gateway does not
     * answer now waits for the clock. Returns how many it finished.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int finishAttemptsUnder(String attemptReference) {
        int finished = 0;
        for (Authorization attempt : authorizations.attemptsUnder(attemptReference)) {
            try {
                self.finish(attempt.getId(), ask(attempt));
                finished++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "attempt " + attempt.getId() + " waits for the clock: the gateway did not answer",
                        e);
            }
        }
        return finished;
    }

    /**
     * Forgets an attempt the gateway has not answered for {@link #GIVE_UP_AFTER}: its order was never placed, and a
     * hold the gateway might have made without telling lapses at the gateway.
     */
    @Transactional
    public void forget(long attemptId) {
        authorizations.byIdForUpdate(attemptId).filter(Authorization::isAttempt).ifPresent(attempt -> {
            authorizations.remove(attempt);
            LOG.warning(() -> "gave up attempt " + attemptId + " of order " + attempt.getOrderReference()
                    + ": the gateway did not answer since " + attempt.getCreatedAt());
        });
    }

    /** Step two, outside any transaction: the gateway asked under the key made of the attempt. */
    private GatewayDecision ask(Authorization attempt) {
        Optional<PaymentMethod> card = methods.owned(attempt.getCustomerId(), attempt.getPaymentMethodId());
        if (card.isEmpty()) {
            return GatewayDecision.declined("payment_method_removed");
        }
        String token = card.get().getGatewayToken();
        Money amount = attempt.amount();
        return gateway.authorize(token, amount, attempt.getAttemptReference(),
                IdempotencyKeys.ofGatewayAuthorization(attempt.getAttemptReference(), token, amount));
    }

    /** What step one did: a hold made (or found) already, or an attempt for the gateway to be asked about. */
    public record Begun(AuthorizationView done, Authorization attempt) {
    }

    /**
     * Holds the amount in the customer's wallet, under its lock, or refuses (402) when the wallet does not have it or
     * keeps another currency. No gateway is asked: the money is already the platform's.
     */
    private AuthorizationView authorizeFromWallet(String key, String fingerprint, AuthorizationRequest request,
                                                  PaymentMethod wallet, Money amount) {
        if (!wallet.getCurrency().equals(amount.getCurrency())) {
            throw failures.refused(request, "wallet_currency", new ProblemException(402,
                    "problem.payment.walletCurrency",
                    "the wallet keeps " + wallet.getCurrency() + ", the order costs " + amount.getCurrency()));
        }
        if (!wallets.hold(wallet.getId(), amount.getAmountMinor())) {
            throw failures.refused(request, "wallet_insufficient", new ProblemException(402,
                    "problem.payment.walletInsufficient",
                    "the wallet does not hold " + amount.getAmountMinor() + " " + amount.getCurrency()));
        }
        Authorization authorization = Authorization.ofWallet(request.orderReference(), request.customerId(),
                wallet.getId(), amount, WALLET_REFERENCE_PREFIX + UUID.randomUUID(), key, fingerprint, Instant.now());
        store(authorization);
        events.publish(new PaymentAuthorized(authorization.getId(), authorization.getOrderReference(),
                request.customerId(), amount.getAmountMinor(), amount.getCurrency()));
        return view(authorization);
    }

    /** One of the customer's holds; another customer's is "not found". */
    public AuthorizationView ofCustomer(long customerId, long id) {
        return authorizations.byId(id).filter(a -> a.getCustomerId() == customerId).map(Authorizations::view)
                .orElseThrow(() -> ProblemException.notFound("authorization", id));
    }

    /**
     * The problem code a customer reads for a gateway's decline code: one for each reason a customer can act on
     * (another card, money on the account, a card not expired, trying again), else the plain "declined".
     */
    static String declineProblem(String declineCode) {
        return switch (declineCode == null ? "" : declineCode) {
            case "insufficient_funds" -> "problem.payment.insufficientFunds";
            case "expired_card" -> "problem.payment.expiredCard";
            case "processing_error" -> "problem.payment.processingError";
            case "authentication_required" -> "problem.payment.authenticationRequired";
            case "authentication_failed" -> "problem.payment.authenticationFailed";
            default -> "problem.payment.declined";
        };
    }

    static AuthorizationView view(Authorization a) {
        return new AuthorizationView(a.getId(), a.getOrderReference(), a.getStatus().name(), a.getAmountMinor(),
                a.getCurrency(), a.getGatewayReference(), a.getConfirmedAt());
    }

    private static Money amount(AuthorizationRequest request) {
        try {
            return Money.of(request.amountMinor(), request.currency());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("problem.invalidCurrency", request.currency() + " is not an ISO 4217 currency");
        }
    }

    /** A concurrent request with the same key stored first: its result is the answer, once it commits. */
    private void store(Authorization authorization) {
        try {
            authorizations.add(authorization);
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw ProblemException.conflict("problem.idempotencyKeyInProgress",
                        "a request with this Idempotency-Key is being processed; retry it");
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
