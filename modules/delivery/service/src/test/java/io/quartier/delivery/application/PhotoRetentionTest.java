package io.quartier.delivery.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.delivery.domain.model.courier.Availability;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.delivery.domain.model.job.DeliveryJob.Proof;
import io.quartier.delivery.domain.model.job.TestPhotos;
import io.quartier.kernel.domain.DomainException;
import io.quartier.ordering.api.event.OrderAccepted;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Photos proving a delivery are deleted once past their retention, the oldest first, and counted. */
class PhotoRetentionTest {

    static final Instant NOW = Instant.parse("2026-11-28T15:00:00Z");

    private final DispatchFixture fixture = new DispatchFixture(NOW, 3);
    private final PhotoRetention retention = new PhotoRetention();

    PhotoRetentionTest() {
        retention.jobs = fixture.jobs;
        retention.retention = Duration.ofDays(90);
        fixture.courier(20, true, Availability.ONLINE);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aPhotoIsKeptForItsRetentionThenDeleted() {
        DeliveryJob old = deliveredWithPhoto(1);
        fixture.at(NOW.plus(Duration.ofDays(10)));
        DeliveryJob recent = deliveredWithPhoto(2);

        assertEquals(0, runAt(NOW.plus(Duration.ofDays(90))), "exactly 90 days old: still kept");
        assertEquals(1, runAt(NOW.plus(Duration.ofDays(90)).plusSeconds(1)));

        assertThrows(DomainException.class, () -> fixture.dispatch.photo(old.getId(), null));
        assertEquals(Proof.PHOTO, old.getProof(), "the job still says how it was proven");
        assertEquals("image/jpeg", fixture.dispatch.photo(recent.getId(), null).getMediaType());
        assertEquals(0, runAt(NOW.plus(Duration.ofDays(95))), "nothing more to delete");
        assertEquals(1, runAt(NOW.plus(Duration.ofDays(101))));
    }

    private int runAt(Instant now) {
        retention.clock = Clock.fixed(now, ZoneOffset.UTC);
        return retention.run();
    }

    private DeliveryJob deliveredWithPhoto(long order) {
        fixture.dispatch.create(new OrderAccepted(order, 42, 1, 1, "Store 1", "1 rue X", "2 rue Y",
                NOW.plusSeconds(300), 48.86, 2.34, 0L, "EUR", null));
        DeliveryJob job = fixture.jobs.byOrder(order).orElseThrow();
        fixture.dispatch.assignByHand(job.getId(), 20);
        fixture.dispatch.pickUp(job.getId(), 20, job.getPickupCode());
        fixture.dispatch.deliverWithPhoto(job.getId(), 20, TestPhotos.jpeg(40, 30));
        return job;
    }
}
