package io.quartier.payment.application;

import io.quartier.payment.api.AuthorizationView;
import io.quartier.payment.api.event.PaymentVoided;
import io.quartier.payment.domain.model.authorization.Authorization;
import io.quartier.payment.domain.model.authorization.AuthorizationRepository;
import io.quartier.payment.domain.model.gateway.PaymentGateway;
import io.quartier.ordering.api.OrderReferences;
import io.quartier.ordering.api.OrderStanding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The life of holds outside checkout. OrderPlaced confirms an order's hold; a rejected, cancelled or failed order's
 * holds are voided at the gateway, once. As a safety net, a hold still unconfirmed after
 * {@code payment.authorization.release-unconfirmed-after} is looked up in ordering first: voided only when its order
 * does not stand (never existed, failed, rejected, cancelled), confirmed when it does (its OrderPlaced is late), and
 * left alone while its checkout is still pending (ordering's recovery decides).
 */
@ApplicationScoped
public class Holds {

    private static final Logger LOG = Logger.getLogger(Holds.class.getName());

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

    /** Voids every hold still open for the order: a rejected, cancelled or failed order is charged nothing. */
    @Transactional
    public List<AuthorizationView> voidOrder(String orderReference) {
        List<Authorization> open = authorizations.openForOrder(orderReference);
        open.forEach(this::voidHold);
        return open.stream().map(Authorizations::view).toList();
    }

    /** Settles the holds left unconfirmed for too long, each on its own; returns how many were voided. */
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
            if (standing != OrderStanding.PENDING && self.settleAbandoned(hold.getId(), standing)) {
                voided++;
            }
        }
        return voided;
    }

    /** True when the hold was voided. */
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
        voidHold(hold);
        LOG.info(() -> "released hold " + hold.getId() + ": order " + hold.getOrderReference() + " does not stand");
        return true;
    }

    private void voidHold(Authorization hold) {
        if (hold.isFromWallet()) {
            wallets.release(hold);
        } else {
            gateway.voidAuthorization(hold.getGatewayReference());
        }
        hold.voidHold();
        events.publish(new PaymentVoided(hold.getId(), hold.getOrderReference(), hold.getAmountMinor(),
                hold.getCurrency()));
    }
}
