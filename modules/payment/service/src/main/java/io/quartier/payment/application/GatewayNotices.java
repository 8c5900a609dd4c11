package io.quartier.payment.application;

import io.quartier.payment.domain.model.gateway.GatewayEvent;
import io.quartier.payment.domain.model.gateway.GatewayEventLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Takes what a gateway announced on its own, once per event id. Every event is recorded with the hold it concerns, so
 * someone following a payment sees what the gateway said, and when. An event about a PaymentIntent whose attempt is
 * still waiting for the gateway's answer (AUTHORIZING: the gateway's answer to Quartier's own call was lost) finishes
 * that attempt at once, as the clock would a minute later ({@link Authorizations#finishAttemptsUnder}): the gateway is
 * asked again under the attempt's key and its answer, not the webhook's body, makes the hold or forgets the attempt.
 * A {@code payment_intent.canceled} for a hold still AUTHORIZED and not due for capture records it released (the
 * authorisation lapsed or was cancelled at the gateway; {@link Holds#recordLapsed}), so that no capture is attempted
 * on a dead hold. A refund that succeeded and carries no Quartier reference was made at the gateway itself (its
 * dashboard): it is booked as a refund at the platform's fault ({@link Refunds#bookMadeAtGateway}), so the ledger
 * keeps following the money; Stripe's {@code charge.refunded} (a charge's total, not one refund) is only recorded.
 * Otherwise payment's state already follows the gateway's synchronous answers (a hold AUTHORIZED, CAPTURED or VOIDED
 * when the gateway held, took or released it, a refund COMPLETED when the gateway gave the money back), so the event
 * confirms what is stored and changes nothing.
 */
@ApplicationScoped
public class GatewayNotices {

    private static final Logger LOG = Logger.getLogger(GatewayNotices.class.getName());

    /** The PaymentIntent's events that say the gateway decided about an attempt. */
    static final Set<String> DECIDED = Set.of("payment_intent.amount_capturable_updated", "payment_intent.succeeded",
            "payment_intent.payment_failed", "payment_intent.canceled");

    /** The events whose object is one refund of a hold, with its own status and amount. */
    static final Set<String> REFUNDS = Set.of("refund.created", "refund.updated", "charge.refund.updated");

    /** The gateway cancelled a PaymentIntent: a hold it was (lapsed, or cancelled at the gateway). */
    static final String CANCELED = "payment_intent.canceled";

    @Inject
    GatewayEventLog log;

    @Inject
    Authorizations authorizations;

    @Inject
    Holds holds;

    @Inject
    Refunds refunds;

    /** This bean through its proxy, so that the event's record commits before anything follows from it. */
    @Inject
    GatewayNotices self;

    Clock clock = Clock.systemUTC();

    GatewayNotices() {
    }

    /**
     * Outside a container (tests): {@code authorizations}, {@code holds} and {@code refunds} null follow nothing,
     * only record.
     */
    public GatewayNotices(GatewayEventLog log, Authorizations authorizations, Holds holds, Refunds refunds,
                          Clock clock) {
        this.log = log;
        this.authorizations = authorizations;
        this.holds = holds;
        this.refunds = refunds;
        this.clock = clock;
        this.self = this;
    }

    /**
     * Records {@code event} and, once that committed, does what follows from it, with no transaction open while the
     * gateway is asked; false when it had been received before (a replay, which changes nothing).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean take(GatewayEvent event) {
        if (!self.receive(event)) {
            return false;
        }
        if (authorizations != null && DECIDED.contains(event.type()) && event.attemptReference() != null) {
            int finished = authorizations.finishAttemptsUnder(event.attemptReference());
            if (finished > 0) {
                LOG.info(() -> "gateway event " + event.id() + " finished " + finished + " attempt(s) under "
                        + event.attemptReference());
            }
        }
        if (holds != null && CANCELED.equals(event.type()) && event.holdReference() != null) {
            holds.recordLapsed(event.holdReference());
        }
        if (refunds != null && isRefundMadeAtGateway(event)) {
            refunds.bookMadeAtGateway(event.objectReference(), event.holdReference(), event.amount());
        }
        return true;
    }

    private static boolean isRefundMadeAtGateway(GatewayEvent event) {
        return REFUNDS.contains(event.type()) && event.attemptReference() == null && "succeeded".equals(event.status())
                && event.amount() != null && event.amount().getAmountMinor() > 0 && event.holdReference() != null
                && event.objectReference() != null && event.objectReference().length() <= 64
                && !event.objectReference().equals(event.holdReference());
    }

    /** Records {@code event}; false when it had been received before (a replay, which changes nothing). */
    @Transactional
    public boolean receive(GatewayEvent event) {
        if (!log.recordFirst(event, clock.instant())) {
            LOG.fine(() -> "gateway event " + event.id() + " received again; nothing changes");
            return false;
        }
        LOG.info(() -> "gateway event " + event.id() + " " + event.type() + " for " + event.holdReference() + " recorded");
        return true;
    }
}
