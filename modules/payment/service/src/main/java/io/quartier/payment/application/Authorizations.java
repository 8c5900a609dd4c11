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
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Authorises a payment at most once per idempotency key of a customer. The stored authorization and its
 * PaymentAuthorized event commit together; a gateway hold whose transaction does not commit is released.
 */
@ApplicationScoped
public class Authorizations {

    private static final Logger LOG = Logger.getLogger(Authorizations.class.getName());
    private static final String UNIQUE_VIOLATION = "23505";
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

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Transactional
    public AuthorizationView authorize(String idempotencyKey, AuthorizationRequest request) {
        long customerId = request.customerId();
        String key = IdempotencyKeys.require(idempotencyKey);
        String fingerprint = RequestFingerprint.of(request.orderReference(), request.paymentMethodId(),
                request.amountMinor(), request.currency());
        Optional<Authorization> earlier = authorizations.byIdempotencyKey(customerId, key);
        if (earlier.isPresent()) {
            if (earlier.get().isRetryOf(fingerprint)) {
                return view(earlier.get());
            }
            throw new ProblemException(422, "problem.idempotencyKeyReused",
                    "this Idempotency-Key was used for a different request");
        }
        PaymentMethod method = methods.owned(customerId, request.paymentMethodId())
                .orElseThrow(() -> ProblemException.notFound("payment method", request.paymentMethodId()));
        Money amount = amount(request);
        if (method.isWallet()) {
            return authorizeFromWallet(key, fingerprint, request, method, amount);
        }

        // After a 3-D Secure challenge the attempt is the first order's: the gateway's key too, so that a gateway
        // keeping the attempt by its key (Stripe's PaymentIntent) answers with the one the customer confirmed.
        String attempt = request.authenticatedReference() == null ? request.orderReference()
                : request.authenticatedReference();
        GatewayDecision decision = gateway.authorize(method.getGatewayToken(), amount, attempt,
                IdempotencyKeys.ofGatewayAuthorization(attempt, method.getGatewayToken(), amount));
        if (decision.challengeUrl() != null) {
            throw failures.refused(request, decision.declineCode(), new ProblemException(402,
                    "problem.payment.authenticationRequired", "the customer's bank asks for a 3-D Secure challenge")
                    .withError("challengeUrl", decision.challengeUrl()));
        }
        if (!decision.approved()) {
            throw failures.refused(request, decision.declineCode(), new ProblemException(402,
                    declineProblem(decision.declineCode()), "the gateway declined the payment: " + decision.declineCode()));
        }
        Optional<Authorization> sameHold = authorizations.byGatewayReference(decision.reference());
        if (sameHold.isPresent()) {
            return view(sameHold.get()); // the same attempt asked under another key: the gateway held nothing more
        }
        releaseHoldUnlessCommitted(decision.reference());
        Authorization authorization = new Authorization(request.orderReference(), customerId, method.getId(), amount,
                decision.reference(), key, fingerprint, Instant.now());
        store(authorization);
        events.publish(new PaymentAuthorized(authorization.getId(), authorization.getOrderReference(), customerId,
                amount.getAmountMinor(), amount.getCurrency()));
        return view(authorization);
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

    private void releaseHoldUnlessCommitted(String gatewayReference) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    return;
                }
                try {
                    gateway.voidAuthorization(gatewayReference);
                    LOG.info(() -> "released gateway hold " + gatewayReference + " of a rolled back authorization");
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "could not release gateway hold " + gatewayReference, e);
                }
            }
        });
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
