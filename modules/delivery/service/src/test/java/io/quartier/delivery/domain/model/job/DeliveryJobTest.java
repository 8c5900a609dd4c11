package io.quartier.delivery.domain.model.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.delivery.domain.model.job.DeliveryJob.Status;
import io.quartier.delivery.domain.model.job.DeliveryJob.Stop;
import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.problem.ProblemMappers;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryJobTest {

    static final Instant NOW = Instant.parse("2026-11-28T19:00:00Z");

    private final DeliveryJob job = job();

    static DeliveryJob job() {
        return new DeliveryJob(1000, 2, 1, new Stop("Chez Marcel", "1 rue X", 48.85, 2.35),
                new Stop(null, "2 rue Y", 48.86, 2.34), NOW, NOW.plus(Duration.ofMinutes(30)), NOW);
    }

    @Test
    void aWaitingJobIsSeenByNoCourier() {
        assertEquals(Status.WAITING, job.getStatus());
        assertFalse(job.isVisibleTo(20));
    }

    @Test
    void anOfferIsSeenOnlyByItsCourierAndTakenBeforeItLapses() {
        job.offerTo(20, NOW.plusSeconds(30));
        assertTrue(job.isVisibleTo(20));
        assertFalse(job.isVisibleTo(21));
        assertEquals(404, status(() -> job.accept(21, NOW)));

        job.accept(20, NOW.plusSeconds(29));

        assertEquals(Status.ASSIGNED, job.getStatus());
        assertEquals(20L, job.getCourierId());
    }

    @Test
    void aLapsedOfferCannotBeAcceptedAndGoesBackToWaitingPassedByItsCourier() {
        job.offerTo(20, NOW.plusSeconds(30));
        assertEquals(409, status(() -> job.accept(20, NOW.plusSeconds(30))));
        assertFalse(job.lapse(NOW.plusSeconds(29)));

        assertTrue(job.lapse(NOW.plusSeconds(30)));

        assertEquals(Status.WAITING, job.getStatus());
        assertTrue(job.wasPassedBy(20));
        assertFalse(job.isVisibleTo(20));
    }

    @Test
    void aDeclinedOfferWaitsForAnotherCourier() {
        job.offerTo(20, NOW.plusSeconds(30));
        assertEquals(404, status(() -> job.decline(21)));

        job.decline(20);

        assertEquals(Status.WAITING, job.getStatus());
        assertTrue(job.wasPassedBy(20));
        assertFalse(job.wasPassedBy(21));
    }

    @Test
    void pickupAndDeliveryTakeTheirOwnCodes() {
        job.assignByHand(20, NOW);
        assertFalse(job.confirmPickup(20, job.getDeliveryCode().equals(job.getPickupCode()) ? "x" : job.getDeliveryCode(),
                NOW).accepted());
        assertEquals(404, status(() -> job.confirmPickup(21, job.getPickupCode(), NOW)));

        assertTrue(job.confirmPickup(20, job.getPickupCode(), NOW).accepted());
        assertEquals(409, status(() -> job.confirmPickup(20, job.getPickupCode(), NOW)), "picked up once");
        assertTrue(job.confirmDelivery(20, " " + job.getDeliveryCode() + " ", NOW).accepted());

        assertEquals(Status.DELIVERED, job.getStatus());
    }

    @Test
    void theFifthWrongCodeFlagsTheJobAndLocksTheCodeEvenForTheRightOne() {
        job.assignByHand(20, NOW);
        String wrong = job.getPickupCode().equals("0000") ? "0001" : "0000";
        for (int left = 4; left >= 1; left--) {
            CodeCheck check = job.confirmPickup(20, wrong, NOW);
            assertEquals(new CodeCheck(false, left, false), check);
            assertFalse(job.isFlagged());
        }

        assertEquals(new CodeCheck(false, 0, true), job.confirmPickup(20, wrong, NOW));

        assertTrue(job.isFlagged());
        DomainException locked = assertThrows(DomainException.class,
                () -> job.confirmPickup(20, job.getPickupCode(), NOW));
        assertEquals("problem.job.codeLocked", locked.code());
        assertEquals(Status.ASSIGNED, job.getStatus());
    }

    @Test
    void anAdminMayGiveAJobToAnotherCourierUntilItIsPickedUp() {
        job.offerTo(20, NOW.plusSeconds(30));
        job.assignByHand(21, NOW);
        assertEquals(21L, job.getCourierId());
        assertTrue(job.confirmPickup(21, job.getPickupCode(), NOW).accepted());

        assertEquals(409, status(() -> job.assignByHand(20, NOW)));
    }

    @Test
    void codesAreFourDigitsAndComparedWhole() {
        assertTrue(job.getDeliveryCode().matches("\\d{4}"));
        assertFalse(Codes.matches("1234", "123"));
        assertFalse(Codes.matches("1234", "12345"));
        assertFalse(Codes.matches("1234", null));
        assertFalse(Codes.matches("1234", "1".repeat(1_000_000)));
        assertTrue(Codes.matches("1234", "1234"));
    }

    private static int status(Runnable action) {
        return ProblemMappers.problem(assertThrows(DomainException.class, action::run)).status();
    }
}
