package io.quartier.promotion.domain.service;

import static io.quartier.promotion.domain.model.promotion.Promotions.coupon;
import static io.quartier.promotion.domain.model.promotion.Promotions.freeDelivery;
import static io.quartier.promotion.domain.model.promotion.Promotions.happyHour;
import static io.quartier.promotion.domain.model.promotion.Promotions.twoForOne;
import static io.quartier.promotion.domain.model.promotion.Promotions.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.promotion.api.PromotionTexts;
import io.quartier.promotion.domain.model.promotion.Basket;
import io.quartier.promotion.domain.model.promotion.Promotion;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BestDiscountsTest {

    static final Instant NOON_PARIS = Instant.parse("2026-11-28T11:00:00Z");

    static Basket basket(long feeMinor, Basket.Line... lines) {
        return new Basket(1, 7, ZoneId.of("Europe/Paris"), "EUR", 42, true, feeMinor, List.of(lines));
    }

    static BestDiscounts.Result choose(Basket basket, List<Promotion> automatic, Promotion coupon, String code) {
        return BestDiscounts.choose(basket, automatic, Optional.ofNullable(coupon), code, p -> 0, NOON_PARIS);
    }

    @Test
    void eachLineGetsTheBiggestOfItsPerLineDiscountsAndTheOtherSaysABetterOfferApplies() {
        Promotion happy = withId(1, happyHour(5, 20, "11:00", "15:00"));
        Promotion twoForOne = withId(2, twoForOne(101));
        BestDiscounts.Result result = choose(basket(0, new Basket.Line(101, 5L, 1000, 2)), List.of(happy, twoForOne),
                null, null);
        assertEquals(1000, result.discountMinor());
        BestDiscounts.Outcome lost = result.outcomes().get(0);
        assertFalse(lost.applies());
        assertEquals(PromotionTexts.BETTER_OFFER, lost.reasonKey());
        assertTrue(result.outcomes().get(1).applies());
    }

    @Test
    void twoForOneOnASingleItemAsksForASecond() {
        BestDiscounts.Result result = choose(basket(0, new Basket.Line(101, 5L, 1000, 1)),
                List.of(withId(2, twoForOne(101))), null, null);
        assertEquals(PromotionTexts.NOT_ENOUGH_ITEMS, result.outcomes().get(0).reasonKey());
        assertEquals(0, result.discountMinor());
    }

    @Test
    void freeDeliveryOverAnAmountTakesOffTheFeeOnceAndSaysWhyBelowIt() {
        Promotion over25 = withId(1, freeDelivery(2500));
        Promotion over30 = withId(2, freeDelivery(3000));
        BestDiscounts.Result above = choose(basket(299, new Basket.Line(301, 9L, 3200, 1)), List.of(over25, over30),
                null, null);
        assertEquals(299, above.discountMinor());
        assertEquals(PromotionTexts.BETTER_OFFER, above.outcomes().get(1).reasonKey());
        BestDiscounts.Result below = choose(basket(299, new Basket.Line(301, 9L, 2499, 1)), List.of(over25), null, null);
        assertEquals(PromotionTexts.MINIMUM_BASKET, below.outcomes().get(0).reasonKey());
        assertEquals(0, below.discountMinor());
    }

    @Test
    void theCouponTakesItsShareOfWhatTheLineDiscountsLeftAndNeverTheTip() {
        Promotion twoForOne = withId(1, twoForOne(101));
        Promotion tenPercent = withId(9, coupon("TEN", 10, null));
        BestDiscounts.Result result = choose(basket(299, new Basket.Line(101, 5L, 1000, 2), new Basket.Line(102, 5L, 500, 1)),
                List.of(twoForOne), tenPercent, "ten");
        // 2 for 1 takes 1000 of 2500, the coupon 10 % of the 1500 left
        assertEquals(List.of(1000L, 150L), result.applied().stream().map(BestDiscounts.Outcome::amountMinor).toList());
        assertEquals(1150, result.discountMinor());
    }

    @Test
    void aFixedCouponOnAnAlreadyFreeBasketSaysNothingIsLeft() {
        Promotion twoForOne = withId(1, twoForOne(101));
        Promotion fiveOff = withId(9, coupon("FIVE", null, 500L));
        BestDiscounts.Result result = choose(basket(0, new Basket.Line(101, 5L, 0, 2)), List.of(twoForOne), fiveOff,
                "FIVE");
        assertEquals(PromotionTexts.NOTHING_LEFT, result.outcomes().get(1).reasonKey());
        assertEquals(0, result.discountMinor());
    }

    @Test
    void aCodeThatNamesNoCouponIsConsideredAndRefused() {
        BestDiscounts.Result result = choose(basket(299, new Basket.Line(101, 5L, 1000, 1)), List.of(), null, "nope");
        BestDiscounts.Outcome unknown = result.outcomes().get(0);
        assertFalse(unknown.applies());
        assertEquals(0, unknown.promotionId());
        assertEquals(PromotionTexts.UNKNOWN_CODE, unknown.reasonKey());
    }

    @Test
    void theDiscountsNeverPassTheLinesAndTheFee() {
        Promotion free = withId(1, freeDelivery(1));
        Promotion half = withId(2, happyHour(5, 100, "11:00", "15:00"));
        Promotion fixed = withId(9, coupon("BIG", null, 99_999L));
        BestDiscounts.Result result = choose(basket(299, new Basket.Line(101, 5L, 1000, 3), new Basket.Line(102, 6L, 700, 1)),
                List.of(free, half), fixed, "BIG");
        assertEquals(3000 + 700 + 299, result.discountMinor());
    }
}
