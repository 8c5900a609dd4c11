package io.quartier.payment.interfaces.schedule;

import io.quartier.kernel.schedule.ClockJobs;
import io.quartier.payment.application.Payouts;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each night at 02:00 UTC, pays the day before (see {@link Payouts}) unless {@code payment.payouts.daily} is false;
 * what an earlier run of that day paid is not paid again.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the run has transactions of its own
public class DailyPayouts {

    private static final Logger LOG = Logger.getLogger(DailyPayouts.class.getName());

    @Inject
    Payouts payouts;

    @Inject
    @ConfigProperty(name = "payment.payouts.daily", defaultValue = "true")
    boolean daily;

    @Schedule(hour = "2", minute = "0", persistent = false)
    void payYesterday() {
        if (daily) {
            LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
            ClockJobs.run(LOG, "payouts of " + yesterday + " paid", () -> payouts.run(yesterday, yesterday, 0).payees());
        }
    }
}
