package io.quartier.delivery.domain.model.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.delivery.api.DeliveryFailureReason;
import io.quartier.delivery.api.FailureReport;
import io.quartier.delivery.domain.model.job.DeliveryJob.Status;
import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.problem.ProblemMappers;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryFailureTest {

    static final Instant NOW = DeliveryJobTest.NOW;

    private final DeliveryJob job = DeliveryJobTest.job();

    @Test
    void theCourierHoldingThePickedUpOrderReportsItCannotDeliverIt() {
        pickedUpBy(20);

        assertTrue(job.fail(20, DeliveryFailureReason.ADDRESS_NOT_FOUND, "  no number 2 in this street ", false,
                NOW.plusSeconds(600)));

        assertEquals(Status.FAILED, job.getStatus());
        assertEquals(DeliveryFailureReason.ADDRESS_NOT_FOUND, job.getFailureReason());
        assertEquals("no number 2 in this street", job.getFailureNote());
        assertEquals(NOW.plusSeconds(600), job.getFailedAt());
        assertTrue(job.isOver());
        assertFalse(job.isUnderWay());
        assertNull(job.getProof());
    }

    @Test
    void aSecondReportChangesNothing() {
        pickedUpBy(20);
        job.fail(20, DeliveryFailureReason.UNSAFE, null, false, NOW);

        assertFalse(job.fail(20, DeliveryFailureReason.DAMAGED, "again", false, NOW.plusSeconds(5)));

        assertEquals(DeliveryFailureReason.UNSAFE, job.getFailureReason());
        assertNull(job.getFailureNote());
        assertEquals(NOW, job.getFailedAt());
    }

    @Test
    void anotherCourierDoesNotSeeTheJobToFailIt() {
        pickedUpBy(20);
        assertEquals(404, status(() -> job.fail(21, DeliveryFailureReason.UNSAFE, null, false, NOW)));

        job.fail(20, DeliveryFailureReason.UNSAFE, null, false, NOW);
        assertEquals(404, status(() -> job.fail(21, DeliveryFailureReason.UNSAFE, null, false, NOW)));
    }

    @Test
    void onlyAPickedUpOrderCanFail() {
        job.offerTo(20, NOW.plusSeconds(30));
        job.accept(20, NOW);

        assertEquals(409, status(() -> job.fail(20, DeliveryFailureReason.UNSAFE, null, false, NOW)));

        job.confirmPickup(20, job.getPickupCode(), NOW);
        job.confirmDelivery(20, job.getDeliveryCode(), NOW);
        assertEquals(409, status(() -> job.fail(20, DeliveryFailureReason.UNSAFE, null, false, NOW)));
        assertEquals(Status.DELIVERED, job.getStatus());
    }

    @Test
    void anAbsentCustomerIsProvenByAPhoto() {
        pickedUpBy(20);

        DomainException refused = assertThrows(DomainException.class,
                () -> job.fail(20, DeliveryFailureReason.CUSTOMER_ABSENT, null, false, NOW));
        assertEquals("problem.job.photoRequired", ProblemMappers.problem(refused).code());
        assertEquals(Status.PICKED_UP, job.getStatus());

        job.fail(20, DeliveryFailureReason.CUSTOMER_ABSENT, null, true, NOW);
        assertEquals(Status.FAILED, job.getStatus());
        assertEquals(DeliveryJob.Proof.PHOTO, job.getProof());
    }

    @Test
    void aReasonIsNeededAndTheNoteIsShort() {
        pickedUpBy(20);

        assertEquals(400, status(() -> job.fail(20, null, null, false, NOW)));
        assertEquals(400, status(() -> job.fail(20, DeliveryFailureReason.DAMAGED,
                "x".repeat(FailureReport.MAX_NOTE + 1), false, NOW)));
        assertEquals(Status.PICKED_UP, job.getStatus());

        job.fail(20, DeliveryFailureReason.DAMAGED, "x".repeat(FailureReport.MAX_NOTE), false, NOW);
        assertEquals(Status.FAILED, job.getStatus());
    }

    @Test
    void aBlankNoteIsNoNote() {
        pickedUpBy(20);
        job.fail(20, DeliveryFailureReason.UNSAFE, "   ", false, NOW);
        assertNull(job.getFailureNote());
    }

    private void pickedUpBy(long courier) {
        job.offerTo(courier, NOW.plusSeconds(30));
        job.accept(courier, NOW);
        assertTrue(job.confirmPickup(courier, job.getPickupCode(), NOW).accepted());
    }

    private static int status(Runnable action) {
        return ProblemMappers.problem(assertThrows(DomainException.class, action::run)).status();
    }
}
