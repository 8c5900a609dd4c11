package io.quartier.promotion.application;

import io.quartier.kernel.domain.DomainException;
import io.quartier.promotion.api.event.PromotionRedeemed;
import io.quartier.promotion.domain.model.promotion.Promotion;
import io.quartier.promotion.domain.model.promotion.PromotionRepository;
import io.quartier.promotion.domain.model.redemption.Redemption;
import io.quartier.promotion.domain.model.redemption.RedemptionRepository;
import io.quartier.promotion.domain.model.redemption.RedemptionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An order's uses of promotions: reserved by checkout before payment (each promotion's row locked while its uses
 * are counted, so no limit is ever passed, however many checkouts run at once), confirmed when the order is placed
 * (with PromotionRedeemed), given back when its checkout fails or it is cancelled or rejected. Each step is
 * idempotent by order. Uses still reserved after {@code promotion.reservations.abandonedAfterMinutes} (the checkout
 * that reserved them crashed, or its outcome was lost) are settled by asking ordering: given back when the order is
 * gone, confirmed when it stands, left while its checkout is pending.
 */
@ApplicationScoped
public class Redemptions {

    /** The most promotions one order can use: its per-line discounts, a free delivery and a coupon. */
    static final int MAX_USES = 20;
    private static final int ABANDONED_PAGE = 100;

    @Inject
    PromotionRepository promotions;

    @Inject
    RedemptionRepository redemptions;

    @Inject
    PromotionEvents events;

    @Inject
    Orders orders;

    @Inject
    Redemptions self;

    @Inject
    @ConfigProperty(name = "promotion.reservations.abandonedAfterMinutes", defaultValue = "15")
    long abandonedAfterMinutes = 15;

    Clock clock = Clock.systemUTC();

    /**
     * Reserves the order's uses, all or none. A repeat for the same order keeps what it holds.
     *
     * @throws DomainException conflict {@code problem.promotion.limitReached} when a promotion has no use left for
     *                         the order (its whole transaction rolls back); not found for an unknown promotion;
     *                         invalid {@code problem.promotion.reservation} for a malformed one
     */
    @Transactional
    public void reserve(long orderId, long customerId, String currency, Map<Long, Long> amountByPromotion,
                        Long orderTotalMinor) {
        if (orderId <= 0 || currency == null || amountByPromotion.size() > MAX_USES
                || amountByPromotion.values().stream().anyMatch(a -> a == null || a < 0)) {
            throw DomainException.invalid("problem.promotion.reservation",
                    "a reservation names up to " + MAX_USES + " promotions with amounts of 0 or more");
        }
        // locked in the order of their ids, so two checkouts using the same promotions never deadlock
        List<Long> ids = amountByPromotion.keySet().stream().sorted(Comparator.naturalOrder()).toList();
        for (long promotionId : ids) {
            Promotion promotion = promotions.byIdForUpdate(promotionId)
                    .orElseThrow(() -> DomainException.notFound("promotion", promotionId));
            Redemption earlier = redemptions.ofOrder(orderId).stream()
                    .filter(r -> r.getPromotionId() == promotionId).findFirst().orElse(null);
            if (earlier != null && earlier.getStatus() != RedemptionStatus.RELEASED) {
                continue;
            }
            promotion.use(promotion.getPerCustomerLimit() == null ? 0 : redemptions.heldBy(customerId, promotionId));
            long amount = amountByPromotion.get(promotionId);
            if (earlier != null) {
                earlier.reserveAgain(amount, orderTotalMinor, clock.instant());
            } else {
                redemptions.add(new Redemption(promotionId, orderId, customerId, amount, orderTotalMinor, currency,
                        clock.instant()));
            }
        }
    }

    /** The order was placed: its uses count as redeemed, each announced by PromotionRedeemed. */
    @Transactional
    public void confirm(long orderId) {
        for (Redemption r : redemptions.ofOrder(orderId)) {
            if (r.getStatus() != RedemptionStatus.RESERVED) {
                continue;
            }
            Promotion promotion = promotions.byIdForUpdate(r.getPromotionId()).orElseThrow();
            r.confirm();
            promotion.redeemed(r.getAmountMinor(), r.orderTotal());
            events.publish(new PromotionRedeemed(promotion.getId(), promotion.getCode(), orderId, r.getCustomerId(),
                    promotion.getMerchantId(), promotion.getFunder().name(), r.getAmountMinor(), r.getCurrency()));
        }
    }

    /**
     * Settles the uses reserved longer than the configured age, a page of orders at a time; ordering is asked outside
     * any transaction. Returns how many orders' uses were given back.
     */
    public int releaseAbandoned() {
        int released = 0;
        for (long orderId : redemptions.ordersReservedBefore(
                clock.instant().minus(Duration.ofMinutes(abandonedAfterMinutes)), ABANDONED_PAGE)) {
            switch (orders.standing(orderId)) {
                case GONE -> {
                    self.release(orderId);
                    released++;
                }
                case STANDS -> self.confirm(orderId);
                case PENDING -> {
                    // ordering's own recovery places the order or gives it up; asked again next time
                }
            }
        }
        return released;
    }

    /** Gives back what the order holds (none is fine). */
    @Transactional
    public void release(long orderId) {
        for (Redemption r : redemptions.ofOrder(orderId)) {
            if (r.getStatus() == RedemptionStatus.RELEASED) {
                continue;
            }
            Optional<Promotion> promotion = promotions.byIdForUpdate(r.getPromotionId());
            boolean wasRedeemed = r.getStatus() == RedemptionStatus.CONFIRMED;
            r.release();
            promotion.ifPresent(p -> p.giveBack(wasRedeemed, r.getAmountMinor(), r.orderTotal()));
        }
    }
}
