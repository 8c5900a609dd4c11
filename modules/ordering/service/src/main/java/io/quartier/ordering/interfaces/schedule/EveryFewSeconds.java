package io.quartier.ordering.interfaces.schedule;

import io.quartier.ordering.application.CheckoutRecovery;
import io.quartier.ordering.application.OrderLifecycle;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ordering's clock, every five seconds: rejects the placed orders nobody accepted in time, and settles checkouts
 * that were interrupted. Each job is tried again at the next tick when it fails, and does not hold up the other.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each job has transactions of its own, none across calls
public class EveryFewSeconds {

    private static final Logger LOG = Logger.getLogger(EveryFewSeconds.class.getName());

    @Inject
    OrderLifecycle lifecycle;

    @Inject
    CheckoutRecovery recovery;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void tick() {
        run("orders rejected: not accepted in time", lifecycle::rejectUnaccepted);
        run("interrupted checkouts settled", recovery::recover);
    }

    private static void run(String what, IntSupplier job) {
        try {
            int done = job.getAsInt();
            if (done > 0) {
                LOG.info(() -> done + " " + what);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ordering clock job failed (" + what + "); tried again at the next tick", e);
        }
    }
}
