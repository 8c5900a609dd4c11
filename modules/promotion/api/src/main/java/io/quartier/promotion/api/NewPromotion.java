package io.quartier.promotion.api;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A promotion to create. {@code kind}: COUPON (with a {@code code}, case-insensitive, and either {@code percent} or
 * {@code amountMinor} in {@code currency}), FREE_DELIVERY (over {@code minimumBasketMinor}), HAPPY_HOUR ({@code percent}
 * off {@code shelfId} from {@code happyFrom} to {@code happyUntil}, "HH:mm"), TWO_FOR_ONE (on {@code productId}).
 * Optional for all: a minimum basket, first order only, limits per customer and in total, validity from/to (in each
 * store's time zone), the stores it is for (none: all the merchant's). {@code merchantId} and {@code funder}
 * (MERCHANT or PLATFORM) are read from platform staff only; a merchant's promotions are its own and funded by it.
 */
public record NewPromotion(String kind, String code, Integer percent, Long amountMinor, String currency,
                           Long minimumBasketMinor, boolean firstOrderOnly, Integer perCustomerLimit,
                           Integer totalLimit, LocalDateTime validFrom, LocalDateTime validUntil, List<Long> storeIds,
                           Long shelfId, Long productId, String happyFrom, String happyUntil, Long merchantId,
                           String funder) {
}
