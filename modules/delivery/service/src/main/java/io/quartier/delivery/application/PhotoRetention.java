package io.quartier.delivery.application;

import io.quartier.delivery.domain.model.job.JobRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Photos proving a delivery are kept for disputes, not forever: those taken longer ago than
 * {@code delivery.photo.retention} are deleted. The job keeps its proof (PHOTO); the photo itself is then not found.
 */
@ApplicationScoped
public class PhotoRetention {

    @Inject
    JobRepository jobs;

    @Inject
    @ConfigProperty(name = "delivery.photo.retention", defaultValue = "P90D")
    Duration retention;

    Clock clock = Clock.systemUTC();

    /** Deletes the photos past the retention; answers how many. */
    @Transactional
    public int run() {
        return jobs.removePhotosTakenBefore(clock.instant().minus(retention));
    }
}
