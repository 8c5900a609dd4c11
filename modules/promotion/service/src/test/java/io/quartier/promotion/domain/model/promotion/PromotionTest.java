package io.quartier.promotion.domain.model.promotion;

import static io.quartier.promotion.domain.model.promotion.Promotions.coupon;
import static io.quartier.promotion.domain.model.promotion.Promotions.happyHour;
import static io.quartier.promotion.domain.model.promotion.Promotions.withId;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.domain.DomainException;
import io.quartier.promotion.api.PromotionTexts;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromotionTest {

    static final Instant NOON_PARIS = Instant.parse("2026-11-28T11:00:00Z");

    static Basket basket(long subtotalMinor, boolean firstOrder) {
        return new Basket(1, 7, ZoneId.of("Europe/Paris"), "EUR", 42, firstOrder, 299,
                List.of(new Basket.Line(101, 5L, subtotalMinor, 1)));
    }

    @Test
    void aCodeIsKeptInUpperCaseSoThatItMatchesInAnyCase() {
        assertEquals("WELCOME10", Promotion.create(coupon(" welcome10 ", 10, null), NOON_PARIS).getCode());
    }

    @Test
    void refusesTermsNoPromotionCanHave() {
        for (Terms bad : List.of(coupon("ab", 10, null), coupon("BOTH", 10, 500L), coupon("NONE", null, null),
                coupon("TOOMUCH", 101, null), coupon("ZERO", null, 0L), coupon("HUGE", null, Long.MAX_VALUE),
                coupon("BAD CODE!", 10, null), Promotions.freeDelivery(0),
                Promotions.limited(coupon("LIMIT", 10, null), 0, null),
                Promotions.valid(coupon("BACKWARDS", 10, null), LocalDateTime.parse("2026-12-01T00:00"),
                        LocalDateTime.parse("2026-11-01T00:00")),
                Promotions.valid(coupon("FAROFF", 10, null), LocalDateTime.MAX.minusYears(1), null),
                Promotions.valid(coupon("LONGAGO", 10, null), null, LocalDateTime.MIN.plusYears(1)),
                Promotions.scoped(coupon("NOBODY", 10, null), -5L, Set.of()),
                happyHour(5, 20, "17:00", "17:00"))) {
            DomainException e = assertThrows(DomainException.class, () -> Promotion.create(bad, NOON_PARIS), bad::toString);
            assertEquals("problem.promotion.invalid", e.code());
        }
    }

    @Test
    void validityIsReadInTheStoresTimeZone() {
        // 11:00 UTC is 12:00 in Paris: a coupon from 12:30 Paris time is not on yet, one until 12:00 has ended
        Promotion later = withId(1, Promotions.valid(coupon("LATER", 10, null),
                LocalDateTime.parse("2026-11-28T12:30"), null));
        Promotion ended = withId(2, Promotions.valid(coupon("ENDED", 10, null), null,
                LocalDateTime.parse("2026-11-28T12:00")));
        Promotion now = withId(3, Promotions.valid(coupon("NOW", 10, null), LocalDateTime.parse("2026-11-28T12:00"),
                LocalDateTime.parse("2026-11-28T12:01")));
        assertEquals(Optional.of(PromotionTexts.NOT_YET_VALID), later.refusal(basket(1000, false), NOON_PARIS, 0));
        assertEquals(Optional.of(PromotionTexts.EXPIRED), ended.refusal(basket(1000, false), NOON_PARIS, 0));
        assertEquals(Optional.empty(), now.refusal(basket(1000, false), NOON_PARIS, 0));
    }

    @Test
    void appliesOnlyInTheStoresItIsFor() {
        Promotion oneStore = withId(1, Promotions.scoped(coupon("ONE", 10, null), 7L, Set.of(2L)));
        Promotion otherMerchant = withId(2, Promotions.scoped(coupon("OTHER", 10, null), 8L, Set.of()));
        Promotion everywhere = withId(3, Promotions.scoped(coupon("ALL", 10, null), null, Set.of()));
        Promotion several = withId(4, Promotions.scoped(coupon("SOME", 10, null), 7L, Set.of(1L, 2L)));
        assertEquals(Optional.of(PromotionTexts.OTHER_STORE), oneStore.refusal(basket(1000, false), NOON_PARIS, 0));
        assertEquals(Optional.of(PromotionTexts.OTHER_STORE), otherMerchant.refusal(basket(1000, false), NOON_PARIS, 0));
        assertEquals(Optional.empty(), everywhere.refusal(basket(1000, false), NOON_PARIS, 0));
        assertEquals(Optional.empty(), several.refusal(basket(1000, false), NOON_PARIS, 0));
    }

    @Test
    void aFirstOrderCouponWithAMinimumSaysWhichTermTheBasketMisses() {
        Promotion welcome = withId(1, Promotions.firstOrderOver(coupon("WELCOME", 10, null), 2000, "EUR"));
        assertEquals(Optional.of(PromotionTexts.MINIMUM_BASKET), welcome.refusal(basket(1999, true), NOON_PARIS, 0));
        assertEquals(Optional.of(PromotionTexts.FIRST_ORDER_ONLY), welcome.refusal(basket(2000, false), NOON_PARIS, 0));
        assertEquals(Optional.empty(), welcome.refusal(basket(2000, true), NOON_PARIS, 0));
        Promotion pounds = withId(2, Promotions.firstOrderOver(coupon("POUNDS", 10, null), 100, "GBP"));
        assertEquals(Optional.of(PromotionTexts.OTHER_CURRENCY), pounds.refusal(basket(2000, true), NOON_PARIS, 0));
    }

    @Test
    void limitsPerCustomerAndInTotalAreNeverPassed() {
        Promotion limited = withId(1, Promotions.limited(coupon("TWICE", 10, null), 1, 2));
        assertEquals(Optional.of(PromotionTexts.CUSTOMER_LIMIT), limited.refusal(basket(1000, false), NOON_PARIS, 1));
        limited.use(0);
        limited.use(0);
        assertEquals(Optional.of(PromotionTexts.TOTAL_LIMIT), limited.refusal(basket(1000, false), NOON_PARIS, 0));
        DomainException refused = assertThrows(DomainException.class, () -> limited.use(0));
        assertEquals("problem.promotion.limitReached", refused.code());
        limited.giveBack(false, 0, 0);
        limited.use(0);
        assertEquals(2, limited.getUsed());
        assertThrows(DomainException.class, () -> withId(2, Promotions.limited(coupon("ONCE", 10, null), 1, null)).use(1));
    }

    @Test
    void aPausedPromotionNeitherAppliesNorCanBeUsed() {
        Promotion paused = withId(1, coupon("PAUSED", 10, null));
        paused.pause(true);
        assertEquals(Optional.of(PromotionTexts.PAUSED), paused.refusal(basket(1000, false), NOON_PARIS, 0));
        assertThrows(DomainException.class, () -> paused.use(0));
    }

    @Test
    void aHappyHourRunsInStoreTimeAndMayRunPastMidnight() {
        Promotion lunch = withId(1, happyHour(5, 20, "12:00", "14:00"));
        Promotion night = withId(2, happyHour(5, 20, "22:00", "02:00"));
        assertEquals(Optional.empty(), lunch.refusal(basket(1000, false), NOON_PARIS, 0));
        assertEquals(Optional.of(PromotionTexts.OUTSIDE_HOURS), night.refusal(basket(1000, false), NOON_PARIS, 0));
        assertEquals(Optional.empty(), night.refusal(basket(1000, false), Instant.parse("2026-11-28T23:30:00Z"), 0));
        assertEquals(Optional.of(PromotionTexts.OUTSIDE_HOURS),
                lunch.refusal(basket(1000, false), Instant.parse("2026-11-28T13:00:00Z"), 0));
    }

    @Test
    void perLineDiscountsTakeOffTheShelfsPercentageAndEverySecondItem() {
        List<Basket.Line> lines = List.of(new Basket.Line(101, 5L, 999, 3), new Basket.Line(102, 6L, 500, 5));
        assertArrayEquals(new long[] {599, 0}, withId(1, happyHour(5, 20, "12:00", "14:00")).lineDiscounts(lines));
        assertArrayEquals(new long[] {0, 1000}, withId(2, Promotions.twoForOne(102)).lineDiscounts(lines));
    }

    @Test
    void aCouponNeverTakesOffMoreThanIsLeft() {
        assertEquals(500, withId(1, coupon("FIVE", null, 500L)).couponDiscount(2000));
        assertEquals(300, withId(2, coupon("FIVE2", null, 500L)).couponDiscount(300));
        assertEquals(199, withId(3, coupon("TEN", 10, null)).couponDiscount(1999));
        assertTrue(withId(4, coupon("ALL", 100, null)).couponDiscount(0) == 0);
    }
}
