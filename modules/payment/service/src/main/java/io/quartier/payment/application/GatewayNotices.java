package io.quartier.payment.application;

import io.quartier.payment.domain.model.gateway.GatewayEvent;
import io.quartier.payment.domain.model.gateway.GatewayEventLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Takes what a gateway announced on its own, once per event id. Payment's state already follows the gateway's
 * synchronous answers: a hold is AUTHORIZED when the gateway approved it, CAPTURED or VOIDED when the gateway took or
 * released it, and a refund COMPLETED when the gateway gave the money back (one it did not answer stays PENDING and
 * the clock asks again with its key). So {@code payment_intent.succeeded} (the capture), {@code
 * payment_intent.payment_failed} (a confirmation that failed, already answered as a decline) and {@code
 * charge.refunded} (a refund, already answered) confirm what is stored and change nothing; every event is recorded
 * with the hold it concerns, so someone following a payment sees what the gateway said, and when.
 */
@ApplicationScoped
public class GatewayNotices {

    private static final Logger LOG = Logger.getLogger(GatewayNotices.class.getName());

    @Inject
    GatewayEventLog log;

    Clock clock = Clock.systemUTC();

    GatewayNotices() {
    }

    /** Outside a container (tests of the webhook's receiver). */
    public GatewayNotices(GatewayEventLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
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
