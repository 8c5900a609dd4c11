package io.quartier.payment.application;

import io.quartier.payment.api.AuthorizationView;
import io.quartier.payment.api.event.PaymentVoided;
import io.quartier.payment.domain.model.authorization.Authorization;
import io.quartier.payment.domain.model.authorization.AuthorizationRepository;
import io.quartier.payment.domain.model.authorization.AuthorizationStatus;
import io.quartier.payment.domain.model.gateway.GatewayDecision;
import io.quartier.payment.domain.model.gateway.GatewayException;
import io.quartier.payment.domain.model.gateway.PaymentGateway;
import io.quartier.ordering.api.OrderReferences;
import io.quartier.ordering.api.OrderStanding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The life of holds outside checkout. OrderPlaced confirms an order's hold; a rejected, cancelled or failed order's
 * holds are voided at the gateway, once, and never inside a transaction: a transaction makes them due for void, the
 * gateway is asked once it committed, and a second one records the hold VOIDED (the clock finishes what a crash left).
 * As a safety net, a hold still unconfirmed after {@code payment.authorization.release-unconfirmed-after} is looked up
 * in ordering first: voided only when its order does not stand (never existed, failed, rejected, cancelled), confirmed
 * when it does (its OrderPlaced is late), and left alone while its checkout is still pending (ordering's recovery
 * decides).
 */
@ApplicationScoped
public class Holds {

    private static final Logger LOG = Logger.getLogger(Holds.class.getName());
    private static final Duration VOID_OVERDUE = Duration.ofMinutes(1);

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

    /** This bean through its proxy, so that each hold is settled in a transaction of its own. */
    @Inject
    Holds self;

    @Inject
    Event<VoidDue> voidDue;

    @Inject
    @ConfigProperty(name = "payment.authorization.release-unconfirmed-after", defaultValue = "PT15M")
    Duration releaseAfter;

    Clock clock = Clock.systemUTC();

    /**
     * An order of a multi-store order was placed: the group's one hold ({@code authorizationId}, under the group's
     * reference) is confirmed; the order's own placing confirms an order's hold otherwise.
     */
    @Transactional
    public void confirmPlaced(long orderId, long authorizationId) {
        Optional<Authorization> group = authorizations.byIdForUpdate(authorizationId)
                .filter(a -> OrderReferences.groupOfPayment(a.getOrderReference()).isPresent());
        if (group.isPresent()) {
            group.get().confirm(clock.instant());
        } else {
            confirmOrder(orderId);
        }
    }

    @Transactional
    public void confirmOrder(long orderId) {
        List<Authorization> open = authorizations.openForOrder(String.valueOf(orderId));
        if (open.isEmpty()) {
            LOG.warning(() -> "order " + orderId + " was placed but payment holds nothing for it");
        }
        open.forEach(hold -> hold.confirm(clock.instant()));
    }

    /**
     * Voids every hold still open for the order, for a caller with no transaction of its own (ordering, over REST): the
     * holds are made due for void in a transaction, then released at the gateway once it committed. A release the
     * gateway did not answer is left due for void, for the clock to finish. Returns the holds made due for void.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<AuthorizationView> voidOrder(String orderReference) {
        List<Long> due = self.dueForVoidReleasedHere(orderReference);
        List<AuthorizationView> views = new ArrayList<>();
        for (long holdId : due) {
            releaseOrWait(holdId);
            authorizations.byId(holdId).map(Authorizations::view).ifPresent(views::add);
        }
        return views;
    }

    /**
     * Makes every hold still open for the order due for void, in the transaction under way (a consumer's): a wallet's
     * hold is released at once (no gateway is asked), a card's is released at the gateway once the transaction commits
     * ({@link VoidDue}), never inside it. A hold due for capture is left alone: the gateway may have taken it already.
     * Returns the holds made due for void or released.
     */
    @Transactional
    public List<Long> dueForVoid(String orderReference) {
        return markForVoid(orderReference, true);
    }

    /** As {@link #dueForVoid}, for {@link #voidOrder}, which releases the holds itself once this commits. */
    @Transactional
    public List<Long> dueForVoidReleasedHere(String orderReference) {
        return markForVoid(orderReference, false);
    }

    private List<Long> markForVoid(String orderReference, boolean announce) {
        List<Long> due = new ArrayList<>();
        for (Authorization hold : authorizations.openForOrder(orderReference)) {
            if (hold.isDueForCapture()) {
                LOG.warning(() -> "hold " + hold.getId() + " of order " + orderReference + " is due for capture: not"
                        + " released");
            } else if (hold.isFromWallet()) {
                wallets.release(hold);
                hold.voidHold();
                publishVoided(hold);
                due.add(hold.getId());
            } else if (hold.dueForVoid(clock.instant())) {
                if (announce) {
                    voidDue.fire(new VoidDue(hold.getId()));
                }
                due.add(hold.getId());
            }
        }
        return due;
    }

    /**
     * Releases a hold due for void, in two steps: the gateway is asked outside any transaction (a void is idempotent at
     * the gateway by the hold's reference), then one transaction records the hold VOIDED and publishes PaymentVoided.
     * A crash or a gateway failure in between leaves the hold due for void, and the clock asks the gateway again
     * ({@link #releaseOverdue}). False when the hold was not due for void (released meanwhile, or never due).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean release(long holdId) {
        Authorization hold = authorizations.byId(holdId).orElseThrow();
        if (!hold.isDueForVoid()) {
            return false;
        }
        if (hold.mayBeTaken()) {
            refundTaken(hold);
        } else {
            gateway.voidAuthorization(hold.getGatewayReference());
        }
        return self.recordVoided(holdId);
    }

    /**
     * A hold the gateway was asked to take at acceptance is given back by a refund: it is taken first (idempotent, so
     * that a take whose answer was lost is not left half done), then refunded in full under a key of its own, once.
     */
    private void refundTaken(Authorization hold) {
        gateway.capture(hold.getGatewayReference(), hold.amount());
        GatewayDecision refund = gateway.refund(hold.getGatewayReference(), hold.amount(), "release:" + hold.getId());
        if (!refund.approved()) {
            throw new GatewayException("the gateway refused to give hold " + hold.getId() + " back: "
                    + refund.declineCode());
        }
        LOG.info(() -> "refunded hold " + hold.getId() + ", taken at acceptance, of order " + hold.getOrderReference());
    }

    /** Releases the holds of the order made due for void (a captured order's extra holds), each on its own. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void releaseDue(String orderReference) {
        for (Authorization hold : authorizations.openForOrder(orderReference)) {
            if (hold.isDueForVoid()) {
                releaseOrWait(hold.getId());
            }
        }
    }

    /** Step two of {@link #release}: the gateway released the hold. */
    @Transactional
    public boolean recordVoided(long holdId) {
        Authorization hold = authorizations.byIdForUpdate(holdId).orElseThrow();
        if (!hold.isDueForVoid()) {
            return false;
        }
        hold.voidHold();
        publishVoided(hold);
        return true;
    }

    /**
     * The gateway says it cancelled the hold it knows as {@code gatewayReference} (it lapsed, or was cancelled in the
     * gateway's dashboard): a card's hold still AUTHORIZED here, and neither due for capture nor taken at acceptance, is
     * recorded released (VOIDED, PaymentVoided) as after a void, without asking the gateway to void it again, so that no
     * capture is ever attempted on it. A hold Quartier did not release itself is logged as a warning naming its order.
     * False when nothing changed.
     */
    @Transactional
    public boolean recordLapsed(String gatewayReference) {
        Optional<Authorization> found = authorizations.byGatewayReference(gatewayReference)
                .flatMap(h -> authorizations.byIdForUpdate(h.getId()));
        if (found.isEmpty()) {
            return false;
        }
        Authorization hold = found.get();
        if (hold.getStatus() != AuthorizationStatus.AUTHORIZED || hold.isFromWallet() || hold.isPartOfGroup()) {
            return false;
        }
        if (hold.isDueForCapture() || hold.mayBeTaken()) {
            LOG.warning(() -> "the gateway cancelled hold " + hold.getId() + " of order " + hold.getOrderReference()
                    + ", which is due for capture: left for the capture to tell");
            return false;
        }
        boolean ownVoid = hold.isDueForVoid();
        hold.voidHold();
        publishVoided(hold);
        if (ownVoid) {
            LOG.info(() -> "hold " + hold.getId() + " of order " + hold.getOrderReference() + " released at the gateway");
        } else {
            LOG.warning(() -> "the gateway cancelled hold " + hold.getId() + " of order " + hold.getOrderReference()
                    + " (lapsed or cancelled there): recorded released; the order can no longer be charged with it");
        }
        return true;
    }

    /** Releases the holds due for void for more than a minute (a crash, a gateway down), each on its own. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int releaseOverdue() {
        int released = 0;
        for (Authorization hold : authorizations.dueForVoidBefore(clock.instant().minus(VOID_OVERDUE), 100)) {
            released += releaseOrWait(hold.getId()) ? 1 : 0;
        }
        return released;
    }

    private boolean releaseOrWait(long holdId) {
        try {
            return release(holdId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "release of hold " + holdId + " failed; the clock tries it again", e);
            return false;
        }
    }

    /** Settles the holds left unconfirmed for too long, each on its own; returns how many were voided. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int releaseAbandoned() {
        int voided = 0;
        for (Authorization hold : authorizations.unconfirmedBefore(clock.instant().minus(releaseAfter), 100)) {
            OrderStanding standing;
            try {
                standing = orders.standing(hold.getOrderReference());
            } catch (RuntimeException unreachable) {
                LOG.warning(() -> "hold " + hold.getId() + " waits: ordering did not say whether its order stands: "
                        + unreachable);
                continue;
            }
            if (standing != OrderStanding.PENDING && self.settleAbandoned(hold.getId(), standing)
                    && (hold.isFromWallet() || releaseOrWait(hold.getId()))) {
                voided++;
            }
        }
        return voided;
    }

    /** True when the hold was voided (a wallet's) or made due for void (a card's: released once this commits). */
    @Transactional
    public boolean settleAbandoned(long holdId, OrderStanding standing) {
        Authorization hold = authorizations.byIdForUpdate(holdId).orElseThrow();
        if (!hold.isAbandonedBy(clock.instant().minus(releaseAfter))) {
            return false; // confirmed or settled meanwhile
        }
        if (standing == OrderStanding.STANDS) {
            hold.confirm(clock.instant());
            return false;
        }
        if (hold.isFromWallet()) {
            wallets.release(hold);
            hold.voidHold();
            publishVoided(hold);
        } else {
            hold.dueForVoid(clock.instant());
        }
        LOG.info(() -> "releasing hold " + hold.getId() + ": order " + hold.getOrderReference() + " does not stand");
        return true;
    }

    private void publishVoided(Authorization hold) {
        events.publish(new PaymentVoided(hold.getId(), hold.getOrderReference(), hold.getAmountMinor(),
                hold.getCurrency()));
    }
}
