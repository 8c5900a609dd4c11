package io.quartier.promotion.domain.model.promotion;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

/** Promotions for tests, with their ids, built as the application builds them. */
public final class Promotions {

    public static final Instant CREATED = Instant.parse("2026-11-01T00:00:00Z");

    private Promotions() {
    }

    public static Promotion withId(long id, Terms terms) {
        Promotion p = Promotion.create(terms, CREATED);
        p.setId(id);
        return p;
    }

    public static Terms coupon(String code, Integer percent, Long amountMinor) {
        return new Terms(PromotionKind.COUPON, 7L, Funder.MERCHANT, code, percent, amountMinor,
                amountMinor == null ? null : "EUR", 0, false, null, null, null, null, Set.of(), null, null, null, null);
    }

    public static Terms freeDelivery(long overMinor) {
        return new Terms(PromotionKind.FREE_DELIVERY, 7L, Funder.MERCHANT, null, null, null, "EUR", overMinor, false,
                null, null, null, null, Set.of(), null, null, null, null);
    }

    public static Terms happyHour(long shelfId, int percent, String from, String until) {
        return new Terms(PromotionKind.HAPPY_HOUR, 7L, Funder.MERCHANT, null, percent, null, null, 0, false, null,
                null, null, null, Set.of(), shelfId, null, LocalTime.parse(from), LocalTime.parse(until));
    }

    public static Terms twoForOne(long productId) {
        return new Terms(PromotionKind.TWO_FOR_ONE, 7L, Funder.PLATFORM, null, null, null, null, 0, false, null, null,
                null, null, Set.of(), null, productId, null, null);
    }

    /** The same terms with these changed. */
    public static Terms limited(Terms t, Integer perCustomer, Integer total) {
        return new Terms(t.kind(), t.merchantId(), t.funder(), t.code(), t.percent(), t.amountMinor(), t.currency(),
                t.minimumBasketMinor(), t.firstOrderOnly(), perCustomer, total, t.validFrom(), t.validUntil(),
                t.storeIds(), t.shelfId(), t.productId(), t.happyFrom(), t.happyUntil());
    }

    public static Terms valid(Terms t, LocalDateTime from, LocalDateTime until) {
        return new Terms(t.kind(), t.merchantId(), t.funder(), t.code(), t.percent(), t.amountMinor(), t.currency(),
                t.minimumBasketMinor(), t.firstOrderOnly(), t.perCustomerLimit(), t.totalLimit(), from, until,
                t.storeIds(), t.shelfId(), t.productId(), t.happyFrom(), t.happyUntil());
    }

    public static Terms scoped(Terms t, Long merchantId, Set<Long> stores) {
        return new Terms(t.kind(), merchantId, merchantId == null ? Funder.PLATFORM : t.funder(), t.code(), t.percent(), t.amountMinor(), t.currency(),
                t.minimumBasketMinor(), t.firstOrderOnly(), t.perCustomerLimit(), t.totalLimit(), t.validFrom(),
                t.validUntil(), stores, t.shelfId(), t.productId(), t.happyFrom(), t.happyUntil());
    }

    public static Terms firstOrderOver(Terms t, long minimumMinor, String currency) {
        return new Terms(t.kind(), t.merchantId(), t.funder(), t.code(), t.percent(), t.amountMinor(), currency,
                minimumMinor, true, t.perCustomerLimit(), t.totalLimit(), t.validFrom(), t.validUntil(),
                t.storeIds(), t.shelfId(), t.productId(), t.happyFrom(), t.happyUntil());
    }
}
