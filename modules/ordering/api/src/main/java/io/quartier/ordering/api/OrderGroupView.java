package io.quartier.ordering.api;

import java.time.Instant;
import java.util.List;

/**
 * A multi-store order as its customer sees it: one order per store ({@code parts}, each with its own status, worked
 * by its own merchant), paid with one authorization ({@code paymentAuthorizationId}). {@code status} is PENDING while
 * checkout runs, then PLACED or FAILED ({@code failureCode}). {@code totalMinor} is the sum of the parts' totals, what
 * was authorised; {@code chargedMinor} what the parts still standing (not rejected, not cancelled) charge. One delivery
 * fee and one tip are on one part, the first one still standing. {@code choicePending} is true when a merchant
 * rejected its part and the customer has not said yet whether to go on without it or cancel the rest.
 * {@code scheduledFor} is the start of the slot every part is served in, null for as soon as possible.
 */
public record OrderGroupView(long id, long customerId, String status, String failureCode, String currency,
                             long totalMinor, long chargedMinor, long deliveryFeeMinor, long tipMinor,
                             Long paymentAuthorizationId, boolean choicePending, Instant placedAt,
                             List<OrderView> parts, Instant scheduledFor) {
}
