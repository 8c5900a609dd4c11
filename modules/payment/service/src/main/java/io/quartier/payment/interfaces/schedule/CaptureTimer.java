package io.quartier.payment.interfaces.schedule;

import io.quartier.payment.application.CaptureDue;
import io.quartier.payment.application.Captures;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Captures a hold as soon as the transaction that made it due commits: the timer is created in that transaction (an
 * EJB timer exists only if its transaction commits) and fires at once, outside any transaction, so that ordering is
 * asked what the order charged with no transaction open. A capture that fails here is done by the clock later.
 */
@Stateless
public class CaptureTimer {

    private static final Logger LOG = Logger.getLogger(CaptureTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Captures captures;

    public void captureOnceCommitted(@Observes CaptureDue due) {
        timers.createSingleActionTimer(1, new TimerConfig(due.authorizationId(), false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void capture(Timer timer) {
        long holdId = (Long) timer.getInfo();
        try {
            if (captures.capture(holdId)) {
                LOG.fine(() -> "captured hold " + holdId);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "capture of hold " + holdId + " failed; the clock tries it again", e);
        }
    }
}
