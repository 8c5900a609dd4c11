package io.quartier.payment.application;

import io.quartier.kernel.Money;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.payment.api.TopUpRequest;
import io.quartier.payment.api.TopUpView;
import io.quartier.payment.api.WalletView;
import io.quartier.payment.domain.model.authorization.RequestFingerprint;
import io.quartier.payment.domain.model.gateway.GatewayDecision;
import io.quartier.payment.domain.model.gateway.GatewayException;
import io.quartier.payment.domain.model.gateway.PaymentGateway;
import io.quartier.payment.domain.model.ledger.Account;
import io.quartier.payment.domain.model.ledger.Ledger;
import io.quartier.payment.domain.model.method.PaymentMethod;
import io.quartier.payment.domain.model.method.PaymentMethodRepository;
import io.quartier.payment.domain.model.wallet.TopUp;
import io.quartier.payment.domain.model.wallet.TopUpRepository;
import io.quartier.payment.domain.service.PostingSets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Quartier wallet: what it holds, and top-ups from a saved card, in three steps so that no gateway call happens
 * inside a transaction that can still roll back. The top-up is written PENDING (once per idempotency key of the
 * customer; the wallet made on the first one); the gateway authorises and captures the card with the top-up's own
 * reference, outside any transaction; then the top-up is completed, the wallet credited and the ledger posted
 * together, or the top-up is marked FAILED when the gateway declined. A gateway that did not answer leaves it
 * PENDING: the same key, or the clock after a minute, asks again with the same reference.
 */
@ApplicationScoped
public class TopUps {

    private static final Logger LOG = Logger.getLogger(TopUps.class.getName());
    private static final Duration RETRY_AFTER = Duration.ofMinutes(1);
    private static final int MOVEMENTS = 50;

    @Inject
    TopUpRepository topUps;

    @Inject
    PaymentMethodRepository methods;

    @Inject
    WalletBalances wallets;

    @Inject
    PaymentGateway gateway;

    @Inject
    Ledger ledger;

    /** This bean through its proxy, so that each step has a transaction of its own. */
    @Inject
    TopUps self;

    Clock clock = Clock.systemUTC();

    /** The customer's wallet in {@code currency}, empty before its first top-up, with its latest movements. */
    public WalletView wallet(long customerId, String currency) {
        var wallet = methods.wallet(customerId, currency);
        List<WalletView.Movement> movements = ledger.movements(Account.wallet(customerId), MOVEMENTS).stream()
                .filter(m -> m.currency().equals(currency))
                .map(m -> new WalletView.Movement(m.kind().name(),
                        m.orderReference() == null ? null : orderId(m.orderReference()), -m.amountMinor(),
                        m.occurredAt()))
                .toList();
        return wallet.map(w -> new WalletView(w.getId(), currency, w.getBalanceMinor(), w.getHeldMinor(),
                        w.availableMinor(), movements))
                .orElseGet(() -> new WalletView(0, currency, 0, 0, 0, movements));
    }

    /**
     * Tops the wallet up from one of the customer's cards, once per key: a retry answers the same top-up (and
     * finishes it if the gateway had not answered).
     *
     * @throws ProblemException 402 when the gateway declines, 402 {@code problem.payment.authenticationRequired} with
     *         {@code errors.challengeUrl} when the bank asks the customer to confirm first (the same key asks again
     *         once answered), 503 {@code problem.topUp.pending} when it did not answer
     */
    public TopUpView topUp(long customerId, String idempotencyKey, TopUpRequest request) {
        TopUp topUp = self.open(customerId, IdempotencyKeys.require(idempotencyKey), request);
        if (topUp.getStatus() == TopUp.Status.FAILED) {
            topUp = self.reopenAfterChallenge(topUp.getId());
        }
        if (topUp.getStatus() == TopUp.Status.PENDING) {
            Settled settled = settle(topUp.getId());
            if (settled.challengeUrl() != null) {
                throw new ProblemException(402, "problem.payment.authenticationRequired",
                        "the customer's bank asks for a 3-D Secure challenge; the same Idempotency-Key asks again")
                        .withError("challengeUrl", settled.challengeUrl());
            }
            topUp = settled.topUp();
        }
        if (topUp.getStatus() == TopUp.Status.FAILED) {
            throw new ProblemException(402, Authorizations.declineProblem(topUp.getFailureCode()),
                    "the gateway declined the top-up: " + topUp.getFailureCode());
        }
        if (topUp.getStatus() == TopUp.Status.PENDING) {
            throw new ProblemException(503, "problem.topUp.pending",
                    "the gateway did not answer; the top-up is asked again with the same Idempotency-Key");
        }
        return view(topUp);
    }

    /** Asks the gateway again about top-ups it has not answered for a minute; returns how many it settled. */
    public int settlePending() {
        int settled = 0;
        for (TopUp pending : topUps.pendingBefore(clock.instant().minus(RETRY_AFTER), 100)) {
            settled += settle(pending.getId()).topUp().getStatus() == TopUp.Status.PENDING ? 0 : 1;
        }
        return settled;
    }

    /** Step one: the top-up checked and written PENDING (the wallet made if need be), or the earlier one. */
    @Transactional
    public TopUp open(long customerId, String key, TopUpRequest request) {
        String fingerprint = RequestFingerprint.of(String.valueOf(request.paymentMethodId()),
                String.valueOf(request.amountMinor()), request.currency());
        var earlier = topUps.byKey(customerId, key);
        if (earlier.isPresent()) {
            if (earlier.get().isRetryOf(fingerprint)) {
                return earlier.get();
            }
            throw new ProblemException(422, "problem.idempotencyKeyReused",
                    "this Idempotency-Key was used for a different top-up");
        }
        PaymentMethod card = methods.owned(customerId, request.paymentMethodId())
                .filter(m -> !m.isWallet())
                .orElseThrow(() -> ProblemException.notFound("payment method", request.paymentMethodId()));
        Money amount = amount(request);
        PaymentMethod wallet = methods.wallet(customerId, amount.getCurrency()).orElseGet(() -> {
            PaymentMethod made = PaymentMethod.wallet(customerId, amount.getCurrency());
            addOrConflict(made);
            return made;
        });
        TopUp topUp = new TopUp(customerId, wallet.getId(), card.getId(), amount, key, fingerprint, clock.instant());
        try {
            topUps.add(topUp);
        } catch (PersistenceException concurrent) {
            throw ProblemException.conflict("problem.idempotencyKeyInProgress",
                    "a top-up with this Idempotency-Key is being processed; retry it");
        }
        return topUp;
    }

    /** Step three: the card was charged; the top-up, the wallet's balance and the ledger entry commit together. */
    @Transactional
    public TopUp complete(long topUpId, String gatewayReference) {
        TopUp topUp = topUps.byIdForUpdate(topUpId).orElseThrow();
        if (topUp.getStatus() != TopUp.Status.PENDING) {
            return topUp;
        }
        topUp.complete(gatewayReference, clock.instant());
        wallets.credit(topUp.getWalletId(), topUp.getAmountMinor());
        ledger.post(PostingSets.topUp(topUp.getId(), topUp.getCustomerId(), topUp.getAmountMinor(),
                topUp.getCurrency(), clock.instant()));
        return topUp;
    }

    /** A top-up whose bank asked for a challenge, pending again for the gateway to be asked again; else as it is. */
    @Transactional
    public TopUp reopenAfterChallenge(long topUpId) {
        TopUp topUp = topUps.byIdForUpdate(topUpId).orElseThrow();
        topUp.reopenAfterChallenge();
        return topUp;
    }

    /** Step three when the gateway declined: nothing was charged, nothing is credited. */
    @Transactional
    public TopUp fail(long topUpId, String code) {
        TopUp topUp = topUps.byIdForUpdate(topUpId).orElseThrow();
        if (topUp.getStatus() == TopUp.Status.PENDING) {
            topUp.fail(code, clock.instant());
        }
        return topUp;
    }

    /** A top-up after the gateway was asked, with the page of the challenge the customer's bank asks for, if any. */
    private record Settled(TopUp topUp, String challengeUrl) {
    }

    /**
     * Step two, outside any transaction: authorise and capture the card with the top-up's own reference. A bank asking
     * for a challenge fails the top-up {@code authentication_required} until the same key asks again.
     */
    private Settled settle(long topUpId) {
        TopUp topUp = topUps.byId(topUpId).orElseThrow();
        var card = methods.owned(topUp.getCustomerId(), topUp.getCardId());
        if (card.isEmpty()) {
            return new Settled(self.fail(topUpId, "payment_method_removed"), null);
        }
        try {
            GatewayDecision decision = gateway.authorize(card.get().getGatewayToken(), topUp.amount(),
                    PostingSets.topUpKey(topUpId), IdempotencyKeys.ofGatewayAuthorization(PostingSets.topUpKey(topUpId),
                            card.get().getGatewayToken(), topUp.amount()));
            if (!decision.approved()) {
                return new Settled(self.fail(topUpId, decision.declineCode()), decision.challengeUrl());
            }
            gateway.capture(decision.reference(), topUp.amount());
            return new Settled(self.complete(topUpId, decision.reference()), null);
        } catch (GatewayException unanswered) {
            LOG.log(Level.WARNING, "top-up " + topUpId + " waits: the gateway did not answer; asked again later",
                    unanswered);
            return new Settled(topUp, null);
        }
    }

    private void addOrConflict(PaymentMethod wallet) {
        try {
            methods.add(wallet);
        } catch (PersistenceException concurrent) {
            throw ProblemException.conflict("problem.idempotencyKeyInProgress",
                    "the wallet is being made by another top-up; retry it");
        }
    }

    private static Money amount(TopUpRequest request) {
        Money amount;
        try {
            amount = Money.of(request.amountMinor(), request.currency());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("problem.invalidCurrency", request.currency() + " is not an ISO 4217 currency");
        }
        if (request.amountMinor() < TopUp.MIN_MINOR || request.amountMinor() > TopUp.MAX_MINOR) {
            throw ProblemException.invalid("problem.topUp.amount", "a top-up brings between " + TopUp.MIN_MINOR
                    + " and " + TopUp.MAX_MINOR + " minor units");
        }
        return amount;
    }

    private static Long orderId(String orderReference) {
        try {
            return Long.parseLong(orderReference);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static TopUpView view(TopUp t) {
        return new TopUpView(t.getId(), t.getStatus().name(), t.getAmountMinor(), t.getCurrency(), t.getFailureCode(),
                t.getCreatedAt());
    }
}
