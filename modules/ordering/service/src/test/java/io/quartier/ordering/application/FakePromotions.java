package io.quartier.ordering.application;

import io.quartier.kernel.problem.ProblemException;
import io.quartier.ordering.api.PriceBreakdown;
import io.quartier.ordering.domain.model.order.Order;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Promotion as checkout sees it: no offers unless told, a coupon SAVE3 taking 300 off (funded by the platform; only in
 * {@link #couponStores} when any are named), the automatic discounts told per store (a FREE_DELIVERY one taking off the
 * order's fee, refused for an order without one, as promotion does), and a limit it can be made to have reached; or
 * down.
 */
class FakePromotions implements Promotions {

    enum Answer { ANSWER, DOWN, LIMIT_REACHED }

    Answer answer = Answer.ANSWER;
    final Map<Long, Long> reserved = new HashMap<>();
    final List<Long> released = new ArrayList<>();
    final List<String> codesAsked = new ArrayList<>();
    final Map<Long, List<PriceBreakdown.Offer>> automatic = new HashMap<>();
    final java.util.Set<Long> couponStores = new java.util.HashSet<>();

    @Override
    public Optional<List<PriceBreakdown.Offer>> offers(Order priced, boolean firstOrder, String couponCode,
                                                       Map<Long, Long> shelfByProduct) {
        if (answer == Answer.DOWN) {
            return Optional.empty();
        }
        codesAsked.add(couponCode);
        List<PriceBreakdown.Offer> offers = new ArrayList<>();
        for (PriceBreakdown.Offer offer : automatic.getOrDefault(priced.getStoreId(), List.of())) {
            long fee = priced.getDeliveryFee().getAmountMinor();
            offers.add(!"FREE_DELIVERY".equals(offer.kind()) ? offer : fee > 0
                    ? new PriceBreakdown.Offer(offer.promotionId(), offer.kind(), null, offer.funder(), true, fee, null)
                    : new PriceBreakdown.Offer(offer.promotionId(), offer.kind(), null, offer.funder(), false, 0,
                            "promotion.reason.noDeliveryFee"));
        }
        if (couponCode != null) {
            boolean here = couponStores.isEmpty() || couponStores.contains(priced.getStoreId());
            offers.add(!"SAVE3".equalsIgnoreCase(couponCode)
                    ? new PriceBreakdown.Offer(0, "COUPON", couponCode, null, false, 0, "promotion.reason.unknownCode")
                    : here ? new PriceBreakdown.Offer(9, "COUPON", "SAVE3", "PLATFORM", true, 300, null)
                    : new PriceBreakdown.Offer(9, "COUPON", "SAVE3", "PLATFORM", false, 0,
                            "promotion.reason.otherStore"));
        }
        return Optional.of(offers);
    }

    @Override
    public void reserve(Order order) {
        if (answer == Answer.LIMIT_REACHED) {
            throw ProblemException.conflict("problem.promotion.limitReached", "no use left");
        }
        reserved.put(order.getId(), order.discountMinor());
    }

    @Override
    public void release(long orderId) {
        reserved.remove(orderId);
        released.add(orderId);
    }
}
