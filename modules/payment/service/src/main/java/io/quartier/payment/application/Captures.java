package io.quartier.payment.application;

import io.quartier.ordering.api.OrderReferences;
import io.quartier.ordering.api.event.OrderAccepted;
import io.quartier.ordering.api.event.OrderDelivered;
import io.quartier.ordering.api.event.OrderGroupSettled;
import io.quartier.payment.api.event.PaymentCaptured;
import io.quartier.payment.domain.model.authorization.Authorization;
import io.quartier.payment.domain.model.authorization.AuthorizationRepository;
import io.quartier.payment.domain.model.authorization.AuthorizationStatus;
import io.quartier.payment.domain.model.gateway.PaymentGateway;
import io.quartier.payment.domain.model.ledger.Ledger;
import io.quartier.payment.domain.model.sale.CommissionRates;
import io.quartier.payment.domain.model.sale.Sale;
import io.quartier.payment.domain.model.sale.SaleRepository;
import io.quartier.payment.domain.service.PostingSets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes the held amount once an order is delivered, in two steps so that no transaction stays open while ordering is
 * asked what the order charged. OrderDelivered makes the hold due for capture (with the event's merchant and courier).
 * It fires {@link CaptureDue}, on which a timer is set that runs once that transaction commits (see the schedule's
 * {@code CaptureTimer}): ordering is asked for the order's parts (items, fee, tip, VAT), then one transaction captures
 * the hold (the gateway asked outside any transaction), then one transaction keeps the sale, posts the capture's
 * journal entry and publishes PaymentCaptured, together. A capture that could not finish (ordering or the gateway
 * down, a crash between the gateway's answer and the commit) is done by the clock after a minute. The capture at the
 * gateway is idempotent by the hold's reference, so one asked again takes nothing more.
 */
@ApplicationScoped
public class Captures {

    private static final Logger LOG = Logger.getLogger(Captures.class.getName());
    private static final Duration OVERDUE = Duration.ofMinutes(1);

    @Inject
    AuthorizationRepository authorizations;

    @Inject
    PaymentGateway gateway;

    @Inject
    PaymentEvents events;

    @Inject
    WalletBalances wallets;

    @Inject
    Orders orders;

    @Inject
    SaleRepository sales;

    @Inject
    CommissionRates commissionRates;

    @Inject
    Ledger ledger;

    @Inject
    Holds holds;

    /** This bean through its proxy, so that each capture has a transaction of its own. */
    @Inject
    Captures self;

    @Inject
    Event<CaptureDue> due;

    /** When a card's hold is taken at the gateway: at delivery (the default) or at acceptance. */
    @Inject
    @ConfigProperty(name = "payment.capture.at", defaultValue = "DELIVERY")
    CaptureMoment captureAt;

    Clock clock = Clock.systemUTC();

    /**
     * Makes the hold that the order recorded due for capture, for the order's amount and currency, and never another:
     * a hold of another order, or for another amount, is refused (the event is retried, then dead-lettered, for
     * someone to look at). A redelivered event finds the hold due or captured and does nothing more.
     */
    @Transactional
    public void orderDelivered(OrderDelivered delivered) {
        String orderReference = OrderReferences.payment(delivered.orderId());
        Optional<Authorization> found = authorizations.byIdForUpdate(delivered.paymentAuthorizationId());
        if (found.filter(a -> OrderReferences.groupOfPayment(a.getOrderReference()).isPresent()).isPresent()) {
            return; // one order of a multi-store order: the group's settlement takes what it charged
        }
        Authorization hold = found
                .filter(a -> a.getOrderReference().equals(orderReference))
                .orElseThrow(() -> new IllegalStateException("order " + delivered.orderId() + " was delivered but payment"
                        + " has no authorization " + delivered.paymentAuthorizationId() + " for it"));
        requireAmount(hold, delivered.totalMinor(), delivered.currency());
        if (hold.getStatus() == AuthorizationStatus.CAPTURED) {
            return;
        }
        hold.dueForCapture(delivered.merchantId(), delivered.courierId(), clock.instant());
        due.fire(new CaptureDue(hold.getId()));
    }

    /**
     * With {@code payment.capture.at=ACCEPTANCE}, an accepted order's hold is to be taken at the gateway once this
     * (the consumer's) transaction commits; the sale waits for delivery. Only when the order has one open card hold of
     * its own (not a multi-store order's, nor a wallet's): with several, which one the order recorded is told only at
     * delivery, so they wait for it. Nothing with the default, DELIVERY.
     */
    @Transactional
    public void orderAccepted(OrderAccepted accepted) {
        if (!captureAt.takesAtAcceptance() || accepted.groupId() != null) {
            return;
        }
        List<Authorization> open = authorizations.openForOrder(OrderReferences.payment(accepted.orderId()));
        if (open.size() != 1) {
            LOG.info(() -> "order " + accepted.orderId() + " has " + open.size() + " open holds: taken at delivery");
            return;
        }
        if (open.get(0).dueForTaking(clock.instant())) {
            due.fire(new CaptureDue(open.get(0).getId()));
        }
    }

    /**
     * Every order of a multi-store order is over: its one hold is taken once, for the sum of what the delivered orders
     * charged, and the rest released (all of it when none was delivered). Each delivered order then gets a part of the
     * hold of its own, due for capture, whose capture keeps the order's sale and ledger entries as for an order paid
     * alone (the money is not taken again). A card's hold is only made due for capture here, in the consumer's
     * transaction: the gateway takes it once that commits (see {@link #capture(long)}), and its parts wait for that. A
     * redelivered event finds the hold settled, or due, and does nothing more.
     */
    @Transactional
    public void groupSettled(OrderGroupSettled settled) {
        String groupReference = OrderReferences.groupPayment(settled.groupId());
        Authorization hold = authorizations.byIdForUpdate(settled.paymentAuthorizationId())
                .filter(a -> a.getOrderReference().equals(groupReference))
                .orElseThrow(() -> new IllegalStateException("order group " + settled.groupId() + " settled but payment"
                        + " has no authorization " + settled.paymentAuthorizationId() + " for it"));
        if (hold.getStatus() != AuthorizationStatus.AUTHORIZED || hold.isDueForCapture() || hold.isDueForVoid()) {
            return;
        }
        long taken = settled.delivered().stream().mapToLong(OrderGroupSettled.Delivered::totalMinor)
                .reduce(0, Math::addExact);
        if (taken == 0) {
            holds.dueForVoid(groupReference);
            return;
        }
        if (taken > hold.getAmountMinor() || !hold.getCurrency().equals(settled.currency())) {
            throw new IllegalStateException("authorization " + hold.getId() + " holds " + hold.amount() + ", order group "
                    + settled.groupId() + " delivered " + taken + " " + settled.currency());
        }
        Instant now = clock.instant();
        if (hold.isFromWallet()) {
            wallets.spendPart(hold, taken);
            hold.captureForParts(taken, now);
        } else {
            hold.dueForGroupCapture(taken, now);
            due.fire(new CaptureDue(hold.getId()));
        }
        for (OrderGroupSettled.Delivered delivered : settled.delivered()) {
            Authorization part = hold.part(OrderReferences.payment(delivered.orderId()), delivered.totalMinor(),
                    delivered.merchantId(), delivered.courierId(), now);
            authorizations.add(part);
            if (hold.isFromWallet()) {
                due.fire(new CaptureDue(part.getId()));
            }
        }
    }

    /** Captures the holds due for more than a minute, each on its own; returns how many were captured. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int captureOverdue() {
        int captured = 0;
        for (Authorization hold : authorizations.dueForCaptureBefore(clock.instant().minus(OVERDUE), 100)) {
            try {
                captured += capture(hold.getId()) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "capture of hold " + hold.getId() + " failed; tried again at the next tick", e);
            }
        }
        return captured;
    }

    /**
     * Captures a hold due for capture, with no transaction open: ordering is asked what the order charged, the gateway
     * takes the hold (idempotent by the hold's reference: asked again after a crash, it takes nothing more), then one
     * transaction records the capture ({@link #capture(long, Orders.ChargedOrder)}), and last the order's extra holds
     * that transaction made due for void are released at the gateway. A crash or failure anywhere leaves the hold due
     * (or the extras due for void), and the clock does it all again. False when nothing was due.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean capture(long authorizationId) {
        Authorization hold = authorizations.byId(authorizationId).orElseThrow();
        if (!hold.isDueForCapture()) {
            return hold.isDueForTaking() && take(hold);
        }
        if (OrderReferences.groupOfPayment(hold.getOrderReference()).isPresent()) {
            return captureGroup(hold);
        }
        if (hold.isPartOfGroup() && !groupTaken(hold)) {
            return false; // the group's hold is taken first, then its parts
        }
        Orders.ChargedOrder order = orders.charged(Long.parseLong(hold.getOrderReference()));
        requireAmount(hold, order.totalMinor(), order.currency());
        if (!hold.isFromWallet() && !hold.isPartOfGroup()) {
            gateway.capture(hold.getGatewayReference(), hold.amount());
        }
        boolean captured = self.capture(authorizationId, order);
        holds.releaseDue(hold.getOrderReference());
        return captured;
    }

    /**
     * Step two of a capture, once the gateway took the hold (or with no gateway: a wallet's hold, a multi-store order's
     * part): the capture, the sale, its journal entry and PaymentCaptured commit together. Any other hold still open
     * for the order is made due for void (a wallet's is released here), so it is charged once.
     */
    @Transactional
    public boolean capture(long authorizationId, Orders.ChargedOrder order) {
        Authorization hold = authorizations.byIdForUpdate(authorizationId).orElseThrow();
        if (!hold.isDueForCapture() || hold.isPartOfGroup() && !groupTaken(hold)) {
            return false;
        }
        requireAmount(hold, order.totalMinor(), order.currency());
        Instant now = clock.instant();
        if (hold.isPartOfGroup()) {
            LOG.fine(() -> "hold " + authorizationId + " was taken with its multi-store order's hold");
        } else if (hold.isFromWallet()) {
            wallets.spend(hold);
        }
        hold.capture(now);
        Sale sale = order.sale(hold, commissionRates.basisPoints(hold.getMerchantId()), now);
        sales.add(sale);
        ledger.post(PostingSets.capture(sale, hold.isFromWallet(), now));
        events.publish(new PaymentCaptured(hold.getId(), hold.getOrderReference(), hold.getAmountMinor(),
                hold.getCurrency()));
        for (Authorization extra : authorizations.openForOrder(hold.getOrderReference())) {
            if (extra.isFromWallet()) {
                wallets.release(extra);
                extra.voidHold();
            } else {
                extra.dueForVoid(now);
            }
            LOG.warning(() -> "releasing extra authorization " + extra.getId() + " of order " + hold.getOrderReference());
        }
        return true;
    }

    /**
     * Takes the hold at the gateway at acceptance (outside any transaction, idempotent by its reference), then records
     * it taken; the capture at delivery asks the gateway again, which takes nothing more, and keeps the sale.
     */
    private boolean take(Authorization hold) {
        gateway.capture(hold.getGatewayReference(), hold.amount());
        return self.recordTaken(hold.getId());
    }

    /** Step two of a capture at acceptance: the gateway took the hold. */
    @Transactional
    public boolean recordTaken(long authorizationId) {
        Authorization hold = authorizations.byIdForUpdate(authorizationId).orElseThrow();
        if (!hold.isDueForTaking()) {
            return false;
        }
        hold.taken(clock.instant());
        return true;
    }

    /**
     * Takes a multi-store order's hold at the gateway (outside any transaction, idempotent by its reference), records
     * it taken, then captures its parts: each keeps its order's sale.
     */
    private boolean captureGroup(Authorization group) {
        if (!group.isFromWallet()) {
            gateway.capture(group.getGatewayReference(), group.toTake());
        }
        boolean taken = self.recordGroupTaken(group.getId());
        for (Authorization part : authorizations.partsOf(group.getId())) {
            try {
                capture(part.getId());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "capture of part " + part.getId() + " failed; the clock tries it again", e);
            }
        }
        return taken;
    }

    /** Step two of a multi-store order's capture: the gateway took what its delivered orders charged. */
    @Transactional
    public boolean recordGroupTaken(long groupAuthorizationId) {
        Authorization group = authorizations.byIdForUpdate(groupAuthorizationId).orElseThrow();
        if (!group.isDueForCapture()) {
            return false;
        }
        group.captureForParts(group.toTake().getAmountMinor(), clock.instant());
        return true;
    }

    private boolean groupTaken(Authorization part) {
        return authorizations.byId(part.getGroupAuthorizationId())
                .filter(group -> group.getStatus() == AuthorizationStatus.CAPTURED).isPresent();
    }

    private static void requireAmount(Authorization hold, long totalMinor, String currency) {
        if (hold.getAmountMinor() != totalMinor || !hold.getCurrency().equals(currency)) {
            throw new IllegalStateException("authorization " + hold.getId() + " holds " + hold.amount() + ", order "
                    + hold.getOrderReference() + " costs " + totalMinor + " " + currency);
        }
    }
}
