package io.quartier.ordering.domain.model.rating;

import java.util.List;
import java.util.Optional;

/** Ratings of delivered orders (port; {@code JpaRatingRepository} is the adapter). */
public interface RatingRepository {

    /** The order's rating, locked for a change. */
    Optional<Rating> ofOrderForUpdate(long orderId);

    Optional<Rating> ofOrder(long orderId);

    /** A merchant's ratings, newest first, at most {@code limit}. */
    List<Rating> ofMerchant(long merchantId, int limit);

    /** Average stars and count per store, for the stores named; stores without a rating are left out. */
    List<StoreScore> scores(List<Long> storeIds);

    void add(Rating rating);

    /** A store's average stars from its ratings. */
    record StoreScore(long storeId, double average, long count) {
    }
}
