package io.quartier.ordering.application;

import io.quartier.kernel.domain.DomainException;
import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.api.RatingRequest;
import io.quartier.ordering.api.event.OrderRated;
import io.quartier.ordering.domain.model.order.Order;
import io.quartier.ordering.domain.model.order.OrderRepository;
import io.quartier.ordering.domain.model.rating.Rating;
import io.quartier.ordering.domain.model.rating.RatingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Customers rate their delivered orders; a rating and its OrderRated event commit together. */
@ApplicationScoped
public class Ratings {

    private static final int MERCHANT_PAGE = 200;

    @Inject
    OrderRepository orders;

    @Inject
    RatingRepository ratings;

    @Inject
    OrderEvents events;

    Clock clock = Clock.systemUTC();

    /**
     * Rates the customer's delivered order, or changes its rating within a day. The order's row is locked first, so
     * two first ratings of one order at once make one rating.
     */
    @Transactional
    public Rating rate(long orderId, long customerId, RatingRequest request) {
        Order order = orders.byIdForUpdate(orderId).filter(o -> o.getCustomerId() == customerId)
                .orElseThrow(() -> DomainException.notFound("order", orderId));
        if (order.getStatus() != OrderStatus.DELIVERED) {
            throw DomainException.conflict("problem.rating.notDelivered", "order " + orderId + " is not delivered yet");
        }
        Instant now = clock.instant();
        Rating rating = ratings.ofOrderForUpdate(orderId).orElse(null);
        boolean first = rating == null;
        if (first) {
            rating = new Rating(orderId, customerId, order.getMerchantId(), order.getStoreId(), order.getCourierId(), now);
        }
        rating.rate(request.storeStars(), request.storeComment(), request.courierStars(), request.courierComment(), now);
        if (first) {
            ratings.add(rating);
        }
        events.publish(new OrderRated(orderId, rating.getMerchantId(), rating.getStoreId(), rating.getCourierId(),
                rating.getStoreStars(), rating.getCourierStars()));
        return rating;
    }

    /** The order's rating, if it has one and {@code whose} says the caller may see it. */
    public Optional<Rating> ofOrder(long orderId, Predicate<Rating> whose) {
        return ratings.ofOrder(orderId).filter(whose);
    }

    public List<Rating> ofMerchant(long merchantId) {
        return ratings.ofMerchant(merchantId, MERCHANT_PAGE);
    }

    public List<RatingRepository.StoreScore> scores(List<Long> storeIds) {
        return storeIds.isEmpty() ? List.of() : ratings.scores(storeIds);
    }
}
