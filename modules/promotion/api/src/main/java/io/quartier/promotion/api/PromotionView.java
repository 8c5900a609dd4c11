package io.quartier.promotion.api;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A promotion as its merchant or platform staff follow it: its terms, whether it is paused, how many orders use it
 * ({@code used}: reserved and confirmed; {@code redeemed}: placed orders), the discounts it gave placed orders (its
 * cost) and what those orders charged (its sales, {@code salesTotalMinor}; orders from before it was counted add 0).
 */
public record PromotionView(long id, String kind, String code, Long merchantId, String funder, Integer percent,
                            Long amountMinor, String currency, long minimumBasketMinor, boolean firstOrderOnly,
                            Integer perCustomerLimit, Integer totalLimit, LocalDateTime validFrom,
                            LocalDateTime validUntil, List<Long> storeIds, Long shelfId, Long productId,
                            String happyFrom, String happyUntil, boolean paused, int used, int redeemed,
                            long discountTotalMinor, long salesTotalMinor) {
}
