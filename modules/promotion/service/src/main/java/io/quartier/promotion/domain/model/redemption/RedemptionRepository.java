package io.quartier.promotion.domain.model.redemption;

import java.time.Instant;
import java.util.List;

/** Redemptions in promotion's own schema (port). */
public interface RedemptionRepository {

    void add(Redemption redemption);

    /** An order's redemptions, whatever their status. */
    List<Redemption> ofOrder(long orderId);

    /** The orders holding a use RESERVED since before {@code before} (their OrderPlaced never came), oldest first. */
    List<Long> ordersReservedBefore(Instant before, int limit);

    /** How many uses of the promotion the customer holds (reserved or confirmed). */
    int heldBy(long customerId, long promotionId);
}
