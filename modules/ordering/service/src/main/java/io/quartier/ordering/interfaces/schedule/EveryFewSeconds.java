package io.quartier.ordering.interfaces.schedule;

import io.quartier.kernel.schedule.ClockJobs;
import io.quartier.ordering.application.CheckoutRecovery;
import io.quartier.ordering.application.OrderLifecycle;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Ordering's clock, every five seconds: releases the scheduled orders whose time has come, rejects the placed orders
 * nobody accepted in time, and settles checkouts
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
        ClockJobs.run(LOG, "scheduled orders released to their merchants", lifecycle::releaseScheduled);
        ClockJobs.run(LOG, "orders rejected: not accepted in time", lifecycle::rejectUnaccepted);
        ClockJobs.run(LOG, "interrupted checkouts settled", recovery::recover);
    }
}
