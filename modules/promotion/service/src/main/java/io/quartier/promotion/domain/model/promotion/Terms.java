package io.quartier.promotion.domain.model.promotion;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

/**
 * A promotion's terms as asked for, checked by {@link Promotion#create}. Amounts in {@code currency}'s minor units;
 * validity and hours in each store's time zone; {@code storeIds} empty for all the merchant's stores (or all stores,
 * for a platform promotion without a merchant).
 */
public record Terms(PromotionKind kind, Long merchantId, Funder funder, String code, Integer percent, Long amountMinor,
                    String currency, long minimumBasketMinor, boolean firstOrderOnly, Integer perCustomerLimit,
                    Integer totalLimit, LocalDateTime validFrom, LocalDateTime validUntil, Set<Long> storeIds,
                    Long shelfId, Long productId, LocalTime happyFrom, LocalTime happyUntil) {
}
