package io.quartier.payment.interfaces.schedule;

import io.quartier.payment.application.Holds;
import io.quartier.payment.application.VoidDue;
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
 * Releases a hold at the gateway as soon as the transaction that made it due for void commits (a rejected or cancelled
 * order's, in the consumer's transaction): the timer exists only if that transaction commits, and fires outside any
 * transaction, as {@link CaptureTimer} does for captures. A release that fails here is done by the clock later.
 */
@Stateless
public class VoidTimer {

    private static final Logger LOG = Logger.getLogger(VoidTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Holds holds;

    public void releaseOnceCommitted(@Observes VoidDue due) {
        timers.createSingleActionTimer(1, new TimerConfig(due.authorizationId(), false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void release(Timer timer) {
        long holdId = (Long) timer.getInfo();
        try {
            if (holds.release(holdId)) {
                LOG.fine(() -> "released hold " + holdId);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "release of hold " + holdId + " failed; the clock tries it again", e);
        }
    }
}
