package io.quartier.promotion.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.event.DomainEvent;
import io.quartier.ordering.api.OrderStanding;
import io.quartier.promotion.api.event.PromotionRedeemed;
import io.quartier.promotion.domain.model.promotion.Promotion;
import io.quartier.promotion.domain.model.promotion.Promotions;
import io.quartier.promotion.domain.model.redemption.RedemptionStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedemptionsTest {

    static final Instant RESERVED_AT = Instant.parse("2026-11-28T12:00:00Z");

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
        uses.self = uses;
        uses.clock = Clock.fixed(RESERVED_AT, ZoneOffset.UTC);
        fiveInAll = Promotions.withId(1, Promotions.limited(Promotions.coupon("FIVE", 10, null), null, 5));
        oncePerCustomer = Promotions.withId(2, Promotions.limited(Promotions.coupon("ONCE", 10, null), 1, null));
        promotions.add(fiveInAll);
        promotions.add(oncePerCustomer);
    }

    @Test
    void usesReservedLongerThanTheAgeAreGivenBackWhenTheOrderIsGoneAndConfirmedWhenItStands() {
        uses.reserve(1, 41, "EUR", Map.of(1L, 150L), null);
        uses.reserve(2, 42, "EUR", Map.of(1L, 150L), null);
        uses.reserve(3, 43, "EUR", Map.of(1L, 150L), null);
        uses.clock = Clock.fixed(RESERVED_AT.plus(Duration.ofMinutes(16)), ZoneOffset.UTC);
        uses.reserve(4, 44, "EUR", Map.of(1L, 150L), null);
        Map<Long, OrderStanding> standing = Map.of(1L, OrderStanding.GONE, 2L, OrderStanding.STANDS,
                3L, OrderStanding.PENDING, 4L, OrderStanding.GONE);
        List<Long> asked = new ArrayList<>();
        uses.orders = orderId -> {
            asked.add(orderId);
            return standing.get(orderId);
        };

        assertEquals(1, uses.releaseAbandoned(), "order 1's use came back");

        assertEquals(List.of(1L, 2L, 3L), asked, "order 4 reserved a minute ago is not asked about");
        assertEquals(RedemptionStatus.RELEASED, redemptions.ofOrder(1).get(0).getStatus());
        assertEquals(RedemptionStatus.CONFIRMED, redemptions.ofOrder(2).get(0).getStatus());
        assertEquals(RedemptionStatus.RESERVED, redemptions.ofOrder(3).get(0).getStatus(), "its checkout may still end");
        assertEquals(RedemptionStatus.RESERVED, redemptions.ofOrder(4).get(0).getStatus());
        assertEquals(3, fiveInAll.getUsed());
        assertEquals(1, published.stream().filter(PromotionRedeemed.class::isInstance).count());
        assertEquals(0, uses.releaseAbandoned(), "once settled, nothing to do again");
    }

    @Test
    void aLimitedCouponIsReservedByNoMoreOrdersThanItsLimit() {
        int refused = 0;
        for (long order = 1; order <= 20; order++) {
            try {
                uses.reserve(order, 100 + order, "EUR", Map.of(1L, 150L), null);
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
        uses.reserve(7, 42, "EUR", Map.of(1L, 150L), null);
        uses.reserve(7, 42, "EUR", Map.of(1L, 150L), null);
        assertEquals(1, fiveInAll.getUsed());
        assertEquals(1, redemptions.all.size());
    }

    @Test
    void aCustomerUsesAOncePerCustomerCouponOnceUntilTheOrderIsCancelled() {
        uses.reserve(1, 42, "EUR", Map.of(2L, 100L), null);
        assertThrows(DomainException.class, () -> uses.reserve(2, 42, "EUR", Map.of(2L, 100L), null));
        uses.reserve(3, 43, "EUR", Map.of(2L, 100L), null);
        uses.release(1);
        uses.reserve(2, 42, "EUR", Map.of(2L, 100L), null);
        assertEquals(2, oncePerCustomer.getUsed());
    }

    @Test
    void aPlacedOrderIsRedeemedOnceWithItsEventAndACancellationGivesEverythingBack() {
        uses.reserve(9, 42, "EUR", Map.of(1L, 150L), 2850L);
        uses.confirm(9);
        uses.confirm(9);
        assertEquals(List.of(new PromotionRedeemed(1, "FIVE", 9, 42, 7L, "MERCHANT", 150, "EUR")), published);
        assertEquals(1, fiveInAll.getRedeemed());
        assertEquals(150, fiveInAll.getDiscountTotalMinor());
        assertEquals(2850, fiveInAll.getSalesTotalMinor(), "the sales the order brought, once");
        uses.release(9);
        uses.release(9);
        assertEquals(0, fiveInAll.getUsed());
        assertEquals(0, fiveInAll.getRedeemed());
        assertEquals(0, fiveInAll.getDiscountTotalMinor());
        assertEquals(0, fiveInAll.getSalesTotalMinor());
        assertEquals(RedemptionStatus.RELEASED, redemptions.all.get(0).getStatus());
    }

    @Test
    void aCancellationThatArrivesBeforeThePlacementIsNotUndoneByIt() {
        uses.reserve(9, 42, "EUR", Map.of(1L, 150L), null);
        uses.release(9);
        uses.confirm(9);
        assertEquals(List.of(), published);
        assertEquals(0, fiveInAll.getUsed());
    }

    @Test
    void refusesMalformedReservations() {
        assertThrows(DomainException.class, () -> uses.reserve(1, 42, "EUR", Map.of(1L, -1L), null));
        assertThrows(DomainException.class, () -> uses.reserve(1, 42, null, Map.of(1L, 1L), null));
        assertThrows(DomainException.class, () -> uses.reserve(1, 42, "EUR", Map.of(99L, 1L), null));
    }
}
