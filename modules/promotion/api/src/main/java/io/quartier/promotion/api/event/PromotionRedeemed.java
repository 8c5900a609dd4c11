package io.quartier.promotion.api.event;

import io.quartier.kernel.event.DomainEvent;

/**
 * A placed order used a promotion: the discount it gave ({@code amountMinor} in {@code currency}) and who funds it
 * ({@code funder}: MERCHANT or PLATFORM; {@code merchantId} null for a platform promotion of any merchant).
 */
public record PromotionRedeemed(long promotionId, String code, long orderId, long customerId, Long merchantId,
                                String funder, long amountMinor, String currency) implements DomainEvent {
}
