package io.quartier.catalog.interfaces.schedule;

import io.quartier.catalog.application.CatalogClock;
import io.quartier.catalog.application.Stock;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.function.IntSupplier;
import java.util.logging.Level;
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
        run("abandoned stock reservations released", stock::releaseAbandoned);
        run("store status changes announced", clock::announceStoreStatus);
        run("expired unavailability ended", clock::endExpiredUnavailability);
    }

    private static void run(String what, IntSupplier job) {
        try {
            int done = job.getAsInt();
            if (done > 0) {
                LOG.info(() -> done + " " + what);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "catalog minute job failed (" + what + "); retried next minute", e);
        }
    }
}
