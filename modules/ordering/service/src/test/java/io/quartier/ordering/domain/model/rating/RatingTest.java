package io.quartier.ordering.domain.model.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.kernel.domain.DomainException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RatingTest {

    private static final Instant RATED = Instant.parse("2026-11-28T19:00:00Z");

    @Test
    void theStoreIsRatedOneToFiveStarsWithAnOptionalComment() {
        Rating rating = new Rating(1, 2, 3, 4, null, RATED);
        for (int stars : new int[] {0, 6, -1, Integer.MIN_VALUE}) {
            assertEquals("problem.rating.stars",
                    assertThrows(DomainException.class, () -> rating.rate(stars, null, null, null, RATED)).code());
        }
        rating.rate(5, "  Délicieux  ", null, "  ", RATED);
        assertEquals(5, rating.getStoreStars());
        assertEquals("Délicieux", rating.getStoreComment());
        assertNull(rating.getCourierStars());
    }

    @Test
    void aCommentHasAtMostAThousandCharacters() {
        Rating rating = new Rating(1, 2, 3, 4, null, RATED);
        rating.rate(4, "x".repeat(1000), null, null, RATED);
        assertEquals("problem.rating.comment", assertThrows(DomainException.class,
                () -> rating.rate(4, "x".repeat(1001), null, null, RATED)).code());
        assertEquals(1000, rating.getStoreComment().length(), "a refused change keeps the rating as it was");
    }

    @Test
    void theCourierIsRatedWhenOneDeliveredTheOrderAndOnlyThen() {
        Rating byCourier = new Rating(1, 2, 3, 4, 20L, RATED);
        assertEquals("problem.rating.stars",
                assertThrows(DomainException.class, () -> byCourier.rate(4, null, null, null, RATED)).code());
        byCourier.rate(4, null, 5, "Rapide", RATED);
        assertEquals(5, byCourier.getCourierStars());

        Rating withoutCourier = new Rating(1, 2, 3, 4, null, RATED);
        assertEquals("problem.rating.noCourier",
                assertThrows(DomainException.class, () -> withoutCourier.rate(4, null, 5, null, RATED)).code());
    }

    @Test
    void itMayBeChangedForADayThenItIsFinal() {
        Rating rating = new Rating(1, 2, 3, 4, null, RATED);
        rating.rate(2, null, null, null, RATED);
        Instant aDayLater = RATED.plus(Duration.ofDays(1));
        rating.rate(4, "Finalement bien", null, null, aDayLater);
        assertEquals(4, rating.getStoreStars());
        assertEquals("problem.rating.final", assertThrows(DomainException.class,
                () -> rating.rate(1, null, null, null, aDayLater.plusSeconds(1))).code());
        assertEquals(4, rating.getStoreStars());
    }
}
