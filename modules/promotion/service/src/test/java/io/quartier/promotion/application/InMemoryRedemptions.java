package io.quartier.promotion.application;

import io.quartier.promotion.domain.model.redemption.Redemption;
import io.quartier.promotion.domain.model.redemption.RedemptionRepository;
import io.quartier.promotion.domain.model.redemption.RedemptionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Redemptions in a list, for tests of the use cases. */
class InMemoryRedemptions implements RedemptionRepository {

    final List<Redemption> all = new ArrayList<>();

    @Override
    public void add(Redemption redemption) {
        all.add(redemption);
    }

    @Override
    public List<Redemption> ofOrder(long orderId) {
        return all.stream().filter(r -> r.getOrderId() == orderId).toList();
    }

    @Override
    public List<Long> ordersReservedBefore(Instant before, int limit) {
        return all.stream().filter(r -> r.getStatus() == RedemptionStatus.RESERVED && r.getReservedAt().isBefore(before))
                .map(Redemption::getOrderId).distinct().limit(limit).toList();
    }

    @Override
    public int heldBy(long customerId, long promotionId) {
        return (int) all.stream().filter(r -> r.getCustomerId() == customerId && r.getPromotionId() == promotionId
                && r.getStatus() != RedemptionStatus.RELEASED).count();
    }
}
