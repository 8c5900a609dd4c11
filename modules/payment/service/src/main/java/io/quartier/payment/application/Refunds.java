package io.quartier.payment.application;

import io.quartier.kernel.Money;
import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.ordering.api.OrderReferences;
import io.quartier.payment.api.RefundRequest;
import io.quartier.payment.api.RefundView;
import io.quartier.payment.api.event.RefundIssued;
import io.quartier.payment.domain.model.authorization.Authorization;
import io.quartier.payment.domain.model.authorization.AuthorizationRepository;
import io.quartier.payment.domain.model.authorization.RequestFingerprint;
import io.quartier.payment.domain.model.gateway.GatewayDecision;
import io.quartier.payment.domain.model.gateway.GatewayException;
import io.quartier.payment.domain.model.gateway.PaymentGateway;
import io.quartier.payment.domain.model.ledger.Ledger;
import io.quartier.payment.domain.model.refund.Refund;
import io.quartier.payment.domain.model.refund.RefundRepository;
import io.quartier.payment.domain.model.refund.RefundStatus;
import io.quartier.payment.domain.model.sale.Fault;
import io.quartier.payment.domain.model.sale.RefundAsk;
import io.quartier.payment.domain.model.sale.RefundParts;
import io.quartier.payment.domain.model.sale.Sale;
import io.quartier.payment.domain.model.sale.SaleRepository;
import io.quartier.payment.domain.service.PostingSets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives money back on captured orders, in three steps so that no gateway call happens inside a transaction that can
 * still roll back. First, under a lock of the order's captured hold (so that refunds of one order run one after the
 * other), the refund is checked against what is left of the sale and written PENDING: from then on it counts against
 * what is left. Then the gateway is asked, with the refund's own key, outside any transaction. Last, the refund is
 * completed, posted in the ledger and announced (RefundIssued) together, or marked FAILED when the gateway
 * declined. A gateway that did not answer leaves the refund PENDING; the clock asks again with the same key, so the
 * card is refunded once. An order paid from the Quartier wallet is refunded to the wallet, without a gateway.
 */
@ApplicationScoped
public class Refunds {

    private static final Logger LOG = Logger.getLogger(Refunds.class.getName());
    private static final Duration RETRY_AFTER = Duration.ofMinutes(1);
    /** A refund to the wallet: no gateway gives it, the ledger and the wallet's balance do. */
    private static final String WALLET_REFUND_PREFIX = "qw_re_";
    /** The key of a refund booked from the gateway's word: one per gateway refund. */
    private static final String GATEWAY_REFUND_PREFIX = "gateway:";

    @Inject
    SaleRepository sales;

    @Inject
    AuthorizationRepository authorizations;

    @Inject
    RefundRepository refunds;

    @Inject
    PaymentGateway gateway;

    @Inject
    Ledger ledger;

    @Inject
    PaymentEvents events;

    @Inject
    WalletBalances wallets;

    /** This bean through its proxy, so that each step has a transaction of its own. */
    @Inject
    Refunds self;

    Clock clock = Clock.systemUTC();

    /**
     * Refunds what {@code request} asks, once per {@code idempotencyKey} of the order: a retry answers the same refund
     * (and finishes it if the gateway had not answered).
     *
     * @throws ProblemException 400 without a key, 409 {@code problem.refund.notCaptured}, 422 for a key reused for
     *         another refund
     * @throws DomainException {@code problem.refund.exceedsCapture}, {@code problem.refund.invalid}, ...
     */
    public RefundView refund(String idempotencyKey, RefundRequest request, long requestedBy) {
        Refund refund = self.open(IdempotencyKeys.require(idempotencyKey), request, requestedBy);
        return view(refund.getStatus() == RefundStatus.PENDING ? settle(refund.getId()) : refund);
    }

    /** The order's refunds, or the latest 100 when {@code orderId} is null; newest first. */
    public List<RefundView> list(Long orderId) {
        List<Refund> found = orderId == null ? refunds.latest(100) : refunds.ofOrder(OrderReferences.payment(orderId));
        return found.stream().map(Refunds::view).toList();
    }

    /**
     * The refunds of the customer's own order, newest first; none for an order of another customer's or that was never
     * captured (the same answer, so an order's existence is not told).
     */
    public List<RefundView> ofCustomersOrder(long customerId, long orderId) {
        String reference = OrderReferences.payment(orderId);
        if (sales.ofOrder(reference).filter(sale -> sale.getCustomerId() == customerId).isEmpty()) {
            return List.of();
        }
        return refunds.ofOrder(reference).stream().map(Refunds::view).toList();
    }

    /** Asks the gateway again about the refunds it has not answered for a minute; returns how many it settled. */
    public int settlePending() {
        int settled = 0;
        for (Refund pending : refunds.pendingBefore(clock.instant().minus(RETRY_AFTER), 100)) {
            settled += settle(pending.getId()).getStatus() == RefundStatus.PENDING ? 0 : 1;
        }
        return settled;
    }

    /** Step one: the refund checked against what is left of the sale and written PENDING, or the earlier one. */
    @Transactional
    public Refund open(String key, RefundRequest request, long requestedBy) {
        String orderReference = OrderReferences.payment(request.orderId());
        Sale sale = sales.ofOrder(orderReference).orElseThrow(() -> ProblemException.conflict(
                "problem.refund.notCaptured", "order " + request.orderId() + " has no captured payment to refund"));
        Authorization hold = authorizations.byIdForUpdate(sale.getAuthorizationId()).orElseThrow();
        String fingerprint = fingerprint(request);
        var earlier = refunds.byKey(orderReference, key);
        if (earlier.isPresent()) {
            if (earlier.get().isRetryOf(fingerprint)) {
                return earlier.get();
            }
            throw new ProblemException(422, "problem.idempotencyKeyReused",
                    "this Idempotency-Key was used for a different refund");
        }
        Fault fault = Fault.valueOf(request.fault());
        if (fault == Fault.COURIER && sale.getCourierId() == 0) {
            throw DomainException.invalid("problem.refund.noCourier", "no courier delivered order " + orderReference);
        }
        RefundParts soFar = refunds.ofOrder(orderReference).stream().map(Refund::parts)
                .reduce(RefundParts.NONE, RefundParts::plus);
        RefundParts parts = sale.refundFor(ask(request), soFar);
        Refund refund = new Refund(hold.getId(), orderReference, key, fingerprint, fault, parts, sale.getCurrency(),
                requestedBy, request.reason(), clock.instant());
        refunds.add(refund);
        return refund;
    }

    /** Step three: the gateway gave the money back; the refund, its journal entry and RefundIssued commit together. */
    @Transactional
    public Refund complete(long refundId, String gatewayReference) {
        Refund refund = refunds.byIdForUpdate(refundId).orElseThrow();
        if (refund.getStatus() != RefundStatus.PENDING) {
            return refund;
        }
        return completed(refund, gatewayReference, sales.ofOrder(refund.getOrderReference()).orElseThrow(),
                authorizations.byId(refund.getAuthorizationId()).orElseThrow());
    }

    private Refund completed(Refund refund, String gatewayReference, Sale sale, Authorization hold) {
        refund.complete(gatewayReference, clock.instant());
        if (hold.isFromWallet()) {
            wallets.credit(hold.getPaymentMethodId(), refund.amount().getAmountMinor());
        }
        ledger.post(PostingSets.refund(sale, refund.getId(), refund.parts(), refund.getFault(), hold.isFromWallet(),
                refund.getCompletedAt()));
        events.publish(new RefundIssued(refund.getId(), refund.getOrderReference(), refund.amount().getAmountMinor(),
                refund.getCurrency(), refund.getFault().name(), refund.getGiven().getItemsGrossMinor(),
                refund.getGiven().getFeeGrossMinor(), refund.getGiven().getTipMinor()));
        return refund;
    }

    /**
     * Books a refund someone made at the gateway itself (in Stripe's dashboard), not through Quartier: the money is
     * already back with the customer, so the refund is written COMPLETED at once, posted and announced, at the
     * platform's fault (whoever refunded there works for the platform; support can see the reason), taken from the
     * items first, then the fee, then the tip. Booked once per gateway refund, under the hold's lock like any refund.
     * Nothing is booked for a hold Quartier does not know, one with no sale (not captured, or a multi-store order's
     * hold, whose parts each have their own sale), or an amount beyond what is left: each is logged for support, since
     * the gateway and the ledger then disagree.
     *
     * @return the refund booked, or empty when nothing was (already booked, or one of the cases above)
     */
    @Transactional
    public Optional<Refund> bookMadeAtGateway(String gatewayRefund, String holdReference, Money amount) {
        Optional<Authorization> found = authorizations.byGatewayReference(holdReference)
                .flatMap(h -> authorizations.byIdForUpdate(h.getId()));
        Optional<Sale> sale = found.flatMap(hold -> sales.ofOrder(hold.getOrderReference())
                .filter(s -> s.getAuthorizationId() == hold.getId()));
        if (sale.isEmpty()) {
            LOG.severe(() -> "the gateway refunded " + amount + " of " + holdReference + " (" + gatewayRefund
                    + ") outside Quartier, on no captured order Quartier knows: not booked, for support to settle");
            return Optional.empty();
        }
        String orderReference = sale.get().getOrderReference();
        String key = GATEWAY_REFUND_PREFIX + gatewayRefund;
        List<Refund> earlier = refunds.ofOrder(orderReference);
        if (earlier.stream().anyMatch(r -> key.equals(r.getIdempotencyKey())
                || gatewayRefund.equals(r.getGatewayReference()))) {
            return Optional.empty();
        }
        RefundParts soFar = earlier.stream().map(Refund::parts).reduce(RefundParts.NONE, RefundParts::plus);
        RefundParts parts;
        try {
            if (!amount.getCurrency().equals(sale.get().getCurrency())) {
                throw DomainException.invalid("problem.refund.invalid", "the sale is in " + sale.get().getCurrency());
            }
            parts = sale.get().refundFor(sale.get().askForAmount(amount.getAmountMinor(), soFar), soFar);
        } catch (DomainException refused) {
            LOG.severe(() -> "the gateway refunded " + amount + " of order " + orderReference + " (" + gatewayRefund
                    + ") outside Quartier, which the ledger cannot take (" + refused.getMessage()
                    + "): not booked, for support to settle");
            return Optional.empty();
        }
        Instant now = clock.instant();
        Authorization hold = found.get();
        Refund refund = new Refund(hold.getId(), orderReference, key, RequestFingerprint.of(gatewayRefund),
                Fault.PLATFORM, parts, sale.get().getCurrency(), 0, "made at the gateway: " + gatewayRefund, now);
        refunds.add(refund);
        LOG.warning(() -> "the gateway refunded " + amount + " of order " + orderReference + " (" + gatewayRefund
                + ") outside Quartier: booked as refund " + refund.getId() + " at the platform's fault");
        return Optional.of(completed(refund, gatewayRefund, sale.get(), hold));
    }

    /** Step three when the gateway declined: nothing was given back, and the amount is free again. */
    @Transactional
    public Refund fail(long refundId, String code) {
        Refund refund = refunds.byIdForUpdate(refundId).orElseThrow();
        if (refund.getStatus() == RefundStatus.PENDING) {
            refund.fail(code, clock.instant());
        }
        return refund;
    }

    /** Step two, outside any transaction: asks the gateway, with the refund's own key, then settles the refund. */
    private Refund settle(long refundId) {
        Refund refund = refunds.byId(refundId).orElseThrow();
        if (refund.getStatus() != RefundStatus.PENDING) {
            return refund;
        }
        Authorization hold = authorizations.byId(refund.getAuthorizationId()).orElseThrow();
        if (hold.isFromWallet()) {
            return self.complete(refundId, WALLET_REFUND_PREFIX + refundId);
        }
        GatewayDecision decision;
        try {
            decision = gateway.refund(hold.getGatewayReference(), refund.amount(), PostingSets.refundKey(refundId));
        } catch (GatewayException unanswered) {
            LOG.log(Level.WARNING, "refund " + refundId + " waits: the gateway did not answer; asked again later",
                    unanswered);
            return refund;
        }
        return decision.approved() ? self.complete(refundId, decision.reference())
                : self.fail(refundId, decision.declineCode());
    }

    private static RefundAsk ask(RefundRequest request) {
        Map<Integer, Integer> lines = new TreeMap<>();
        for (RefundRequest.Line line : request.lines()) {
            if (lines.merge(line.line(), line.quantity(), Integer::sum) > 1000) {
                throw DomainException.invalid("problem.refund.invalid", "line " + line.line() + " is asked too often")
                        .withError("line", line.line());
            }
        }
        return new RefundAsk(request.full(), request.itemsMinor(), request.deliveryFeeMinor(), request.tipMinor(), lines);
    }

    private static String fingerprint(RefundRequest r) {
        StringBuilder lines = new StringBuilder();
        r.lines().forEach(l -> lines.append(l.line()).append('x').append(l.quantity()).append(';'));
        return RequestFingerprint.of(String.valueOf(r.orderId()), r.fault(), String.valueOf(r.full()),
                String.valueOf(r.itemsMinor()), String.valueOf(r.deliveryFeeMinor()), String.valueOf(r.tipMinor()),
                lines.toString());
    }

    static RefundView view(Refund r) {
        return new RefundView(r.getId(), Long.parseLong(r.getOrderReference()), r.getStatus().name(), r.getFault().name(),
                r.amount().getAmountMinor(), r.getCurrency(), r.getGiven().getItemsGrossMinor(),
                r.getGiven().getFeeGrossMinor(), r.getGiven().getTipMinor(), r.getReason(), r.getFailureCode(), r.getCreatedAt(), r.getCompletedAt());
    }
}
