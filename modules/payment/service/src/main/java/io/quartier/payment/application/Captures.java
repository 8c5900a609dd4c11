package io.quartier.payment.application;

import io.quartier.ordering.api.OrderReferences;
import io.quartier.kernel.Money;
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
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes the held amount once an order is delivered, in two steps so that no transaction stays open while ordering is
 * asked what the order charged. OrderDelivered makes the hold due for capture (with the event's merchant and courier).
 * It fires {@link CaptureDue}, on which a timer is set that runs once that transaction commits (see the schedule's
 * {@code CaptureTimer}): ordering is asked for the order's parts (items, fee, tip, VAT), then one transaction captures
 * the hold, keeps the sale, posts the capture's journal entry and publishes PaymentCaptured, together. A capture
 * that could not finish (ordering or the gateway down, a crash) is done by the clock after a minute. The capture at
 * the gateway is idempotent by the hold's reference, so one redone after a rollback takes nothing more.
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
     * Every order of a multi-store order is over: its one hold is taken once, for the sum of what the delivered orders
     * charged, and the rest released (all of it when none was delivered). Each delivered order then gets a part of the
     * hold of its own, due for capture, whose capture keeps the order's sale and ledger entries as for an order paid
     * alone (the money is not taken again). A redelivered event finds the hold settled and does nothing more.
     */
    @Transactional
    public void groupSettled(OrderGroupSettled settled) {
        String groupReference = OrderReferences.groupPayment(settled.groupId());
        Authorization hold = authorizations.byIdForUpdate(settled.paymentAuthorizationId())
                .filter(a -> a.getOrderReference().equals(groupReference))
                .orElseThrow(() -> new IllegalStateException("order group " + settled.groupId() + " settled but payment"
                        + " has no authorization " + settled.paymentAuthorizationId() + " for it"));
        if (hold.getStatus() != AuthorizationStatus.AUTHORIZED) {
            return;
        }
        long taken = settled.delivered().stream().mapToLong(OrderGroupSettled.Delivered::totalMinor)
                .reduce(0, Math::addExact);
        if (taken == 0) {
            holds.voidOrder(groupReference);
            return;
        }
        if (taken > hold.getAmountMinor() || !hold.getCurrency().equals(settled.currency())) {
            throw new IllegalStateException("authorization " + hold.getId() + " holds " + hold.amount() + ", order group "
                    + settled.groupId() + " delivered " + taken + " " + settled.currency());
        }
        Instant now = clock.instant();
        if (hold.isFromWallet()) {
            wallets.spendPart(hold, taken);
        } else {
            gateway.capture(hold.getGatewayReference(), Money.of(taken, hold.getCurrency()));
        }
        hold.captureForParts(taken, now);
        for (OrderGroupSettled.Delivered delivered : settled.delivered()) {
            Authorization part = hold.part(OrderReferences.payment(delivered.orderId()), delivered.totalMinor(),
                    delivered.merchantId(), delivered.courierId(), now);
            authorizations.add(part);
            due.fire(new CaptureDue(part.getId()));
        }
    }

    /** Captures the holds due for more than a minute, each on its own; returns how many were captured. */
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

    /** Asks ordering what the order charged, outside any transaction, then captures; false when nothing was due. */
    public boolean capture(long authorizationId) {
        Authorization hold = authorizations.byId(authorizationId).orElseThrow();
        if (!hold.isDueForCapture()) {
            return false;
        }
        Orders.ChargedOrder order = orders.charged(Long.parseLong(hold.getOrderReference()));
        return self.capture(authorizationId, order);
    }

    /**
     * Captures the hold for the order ordering described, once: the capture, the sale, its journal entry and
     * PaymentCaptured commit together. Any other hold still open for the order is released, so it is charged once.
     */
    @Transactional
    public boolean capture(long authorizationId, Orders.ChargedOrder order) {
        Authorization hold = authorizations.byIdForUpdate(authorizationId).orElseThrow();
        if (!hold.isDueForCapture()) {
            return false;
        }
        requireAmount(hold, order.totalMinor(), order.currency());
        Instant now = clock.instant();
        if (hold.isPartOfGroup()) {
            LOG.fine(() -> "hold " + authorizationId + " was taken with its multi-store order's hold");
        } else if (hold.isFromWallet()) {
            wallets.spend(hold);
        } else {
            gateway.capture(hold.getGatewayReference(), hold.amount());
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
            } else {
                gateway.voidAuthorization(extra.getGatewayReference());
            }
            extra.voidHold();
            LOG.warning(() -> "released extra authorization " + extra.getId() + " of order " + hold.getOrderReference());
        }
        return true;
    }

    private static void requireAmount(Authorization hold, long totalMinor, String currency) {
        if (hold.getAmountMinor() != totalMinor || !hold.getCurrency().equals(currency)) {
            throw new IllegalStateException("authorization " + hold.getId() + " holds " + hold.amount() + ", order "
                    + hold.getOrderReference() + " costs " + totalMinor + " " + currency);
        }
    }
}
