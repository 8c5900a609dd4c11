package io.quartier.delivery.domain.model.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.problem.ProblemMappers;
import org.junit.jupiter.api.Test;

class DeliveryJobTest {

    private final DeliveryJob job = new DeliveryJob(1000, "Chez Marcel", "1 rue X", "2 rue Y");

    @Test
    void anOfferedJobIsVisibleToEveryCourier() {
        assertTrue(job.isVisibleTo(20));
        assertTrue(job.isVisibleTo(21));
    }

    @Test
    void pickupMakesTheJobTheCouriers() {
        job.pickUp(20);
        assertEquals(DeliveryJob.Status.PICKED_UP, job.getStatus());
        assertTrue(job.isVisibleTo(20));
        assertFalse(job.isVisibleTo(21));
    }

    @Test
    void aSecondPickupIsRefused() {
        job.pickUp(20);
        assertEquals(409, ProblemMappers.problem(assertThrows(DomainException.class, () -> job.pickUp(21))).status());
    }

    @Test
    void onlyTheCourierWhoPickedItUpDelivers() {
        job.pickUp(20);
        assertEquals(403, ProblemMappers.problem(assertThrows(DomainException.class, () -> job.deliver(21))).status());
        job.deliver(20);
        assertEquals(DeliveryJob.Status.DELIVERED, job.getStatus());
    }
}
