package io.quartier.promotion.interfaces.schedule;

import io.quartier.kernel.schedule.ClockJobs;
import io.quartier.promotion.application.Redemptions;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Promotion's minute: settles the uses of checkouts that never ended (see {@link Redemptions#releaseAbandoned()}).
 * A failure (ordering not answering) is logged and tried again the next minute.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // ordering is asked outside any transaction
public class EveryMinute {

    private static final Logger LOG = Logger.getLogger(EveryMinute.class.getName());

    @Inject
    Redemptions redemptions;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void tick() {
        ClockJobs.run(LOG, "abandoned promotion reservations settled", redemptions::releaseAbandoned);
    }
}
