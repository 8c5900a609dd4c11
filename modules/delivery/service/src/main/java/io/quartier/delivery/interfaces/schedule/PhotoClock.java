package io.quartier.delivery.interfaces.schedule;

import io.quartier.delivery.application.PhotoRetention;
import io.quartier.kernel.schedule.ClockJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Once an hour: delivery photos past their retention deleted (logged with how many). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PhotoClock {

    private static final Logger LOG = Logger.getLogger(PhotoClock.class.getName());

    @Inject
    PhotoRetention retention;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void tick() {
        ClockJobs.run(LOG, "delivery photos deleted past their retention", retention::run);
    }
}
