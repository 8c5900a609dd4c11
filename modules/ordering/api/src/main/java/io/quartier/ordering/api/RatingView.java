package io.quartier.ordering.api;

import java.time.Instant;

/**
 * A rating as its customer and platform staff see it; a merchant sees its store's part only (the courier's is null).
 * {@code editableUntil}: until when the customer may change it.
 */
public record RatingView(long orderId, long storeId, int storeStars, String storeComment, Integer courierStars,
                         String courierComment, Instant ratedAt, Instant editableUntil) {
}
