package io.quartier.catalog.interfaces.schedule;

import io.quartier.catalog.application.CatalogClock;
import io.quartier.catalog.application.Stock;
import io.quartier.kernel.schedule.ClockJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * The catalog's minute: gives back the stock of checkouts that never finished (the caller crashed between
 * reserving and placing the order), announces the openings and closings that time brings, and ends "86"s whose
 * time has come. Each job has its own transaction; one failing is logged and tried again the next minute, and
 * does not hold up the others.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each job has transactions of its own, none across calls
public class EveryMinute {

    private static final Logger LOG = Logger.getLogger(EveryMinute.class.getName());

    @Inject
    Stock stock;

    @Inject
    CatalogClock clock;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void tick() {
        ClockJobs.run(LOG, "abandoned stock reservations released", stock::releaseAbandoned);
        ClockJobs.run(LOG, "store status changes announced", clock::announceStoreStatus);
        ClockJobs.run(LOG, "expired unavailability ended", clock::endExpiredUnavailability);
    }
}
