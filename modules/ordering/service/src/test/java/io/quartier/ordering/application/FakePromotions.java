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
 * Promotion as checkout sees it: no offers unless told, a coupon SAVE3 taking 300 off (funded by the platform), and a
 * limit it can be made to have reached; or down.
 */
class FakePromotions implements Promotions {

    enum Answer { ANSWER, DOWN, LIMIT_REACHED }

    Answer answer = Answer.ANSWER;
    final Map<Long, Long> reserved = new HashMap<>();
    final List<Long> released = new ArrayList<>();
    final List<String> codesAsked = new ArrayList<>();

    @Override
    public Optional<List<PriceBreakdown.Offer>> offers(Order priced, boolean firstOrder, String couponCode,
                                                       Map<Long, Long> shelfByProduct) {
        if (answer == Answer.DOWN) {
            return Optional.empty();
        }
        codesAsked.add(couponCode);
        if (couponCode == null) {
            return Optional.of(List.of());
        }
        return Optional.of("SAVE3".equalsIgnoreCase(couponCode)
                ? List.of(new PriceBreakdown.Offer(9, "COUPON", "SAVE3", "PLATFORM", true, 300, null))
                : List.of(new PriceBreakdown.Offer(0, "COUPON", couponCode, null, false, 0,
                        "promotion.reason.unknownCode")));
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
