package io.quartier.delivery.interfaces.schedule;

import io.quartier.delivery.application.OfferRound;
import io.quartier.kernel.schedule.ClockJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Delivery's clock, every five seconds: a round of offers (lapsed ones taken back, waiting jobs offered). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DispatchClock {

    private static final Logger LOG = Logger.getLogger(DispatchClock.class.getName());

    @Inject
    OfferRound offers;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void tick() {
        ClockJobs.run(LOG, "delivery jobs offered to couriers", offers::run);
    }
}
