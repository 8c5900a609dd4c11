package io.quartier.catalog.interfaces.schedule;

import io.quartier.catalog.application.Stock;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Every minute, gives back the stock of checkouts that never finished (the caller crashed between reserving
 * and placing the order, so neither OrderPlaced nor a release ever came).
 */
@Singleton
public class AbandonedReservations {

    private static final Logger LOG = Logger.getLogger(AbandonedReservations.class.getName());

    @Inject
    Stock stock;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void releaseAbandoned() {
        int released = stock.releaseAbandoned();
        if (released > 0) {
            LOG.info(() -> "released " + released + " abandoned stock reservations");
        }
    }
}
