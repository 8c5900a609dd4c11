package io.quartier.promotion.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.event.DomainEvent;
import io.quartier.promotion.api.event.PromotionRedeemed;
import io.quartier.promotion.domain.model.promotion.Promotion;
import io.quartier.promotion.domain.model.promotion.Promotions;
import io.quartier.promotion.domain.model.redemption.RedemptionStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedemptionsTest {

    final InMemoryPromotions promotions = new InMemoryPromotions();
    final InMemoryRedemptions redemptions = new InMemoryRedemptions();
    final List<DomainEvent> published = new ArrayList<>();
    final Redemptions uses = new Redemptions();
    Promotion fiveInAll;
    Promotion oncePerCustomer;

    @BeforeEach
    void wire() {
        uses.promotions = promotions;
        uses.redemptions = redemptions;
        uses.events = published::add;
        fiveInAll = Promotions.withId(1, Promotions.limited(Promotions.coupon("FIVE", 10, null), null, 5));
        oncePerCustomer = Promotions.withId(2, Promotions.limited(Promotions.coupon("ONCE", 10, null), 1, null));
        promotions.add(fiveInAll);
        promotions.add(oncePerCustomer);
    }

    @Test
    void aLimitedCouponIsReservedByNoMoreOrdersThanItsLimit() {
        int refused = 0;
        for (long order = 1; order <= 20; order++) {
            try {
                uses.reserve(order, 100 + order, "EUR", Map.of(1L, 150L));
            } catch (DomainException e) {
                assertEquals("problem.promotion.limitReached", e.code());
                refused++;
            }
        }
        assertEquals(15, refused);
        assertEquals(5, fiveInAll.getUsed());
    }

    @Test
    void aRepeatedReservationForTheSameOrderHoldsOneUse() {
        uses.reserve(7, 42, "EUR", Map.of(1L, 150L));
        uses.reserve(7, 42, "EUR", Map.of(1L, 150L));
        assertEquals(1, fiveInAll.getUsed());
        assertEquals(1, redemptions.all.size());
    }

    @Test
    void aCustomerUsesAOncePerCustomerCouponOnceUntilTheOrderIsCancelled() {
        uses.reserve(1, 42, "EUR", Map.of(2L, 100L));
        assertThrows(DomainException.class, () -> uses.reserve(2, 42, "EUR", Map.of(2L, 100L)));
        uses.reserve(3, 43, "EUR", Map.of(2L, 100L));
        uses.release(1);
        uses.reserve(2, 42, "EUR", Map.of(2L, 100L));
        assertEquals(2, oncePerCustomer.getUsed());
    }

    @Test
    void aPlacedOrderIsRedeemedOnceWithItsEventAndACancellationGivesEverythingBack() {
        uses.reserve(9, 42, "EUR", Map.of(1L, 150L));
        uses.confirm(9);
        uses.confirm(9);
        assertEquals(List.of(new PromotionRedeemed(1, "FIVE", 9, 42, 7L, "MERCHANT", 150, "EUR")), published);
        assertEquals(1, fiveInAll.getRedeemed());
        assertEquals(150, fiveInAll.getDiscountTotalMinor());
        uses.release(9);
        uses.release(9);
        assertEquals(0, fiveInAll.getUsed());
        assertEquals(0, fiveInAll.getRedeemed());
        assertEquals(0, fiveInAll.getDiscountTotalMinor());
        assertEquals(RedemptionStatus.RELEASED, redemptions.all.get(0).getStatus());
    }

    @Test
    void aCancellationThatArrivesBeforeThePlacementIsNotUndoneByIt() {
        uses.reserve(9, 42, "EUR", Map.of(1L, 150L));
        uses.release(9);
        uses.confirm(9);
        assertEquals(List.of(), published);
        assertEquals(0, fiveInAll.getUsed());
    }

    @Test
    void refusesMalformedReservations() {
        assertThrows(DomainException.class, () -> uses.reserve(1, 42, "EUR", Map.of(1L, -1L)));
        assertThrows(DomainException.class, () -> uses.reserve(1, 42, null, Map.of(1L, 1L)));
        assertThrows(DomainException.class, () -> uses.reserve(1, 42, "EUR", Map.of(99L, 1L)));
    }
}
