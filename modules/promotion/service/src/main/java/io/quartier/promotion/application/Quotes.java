package io.quartier.promotion.application;

import io.quartier.kernel.domain.DomainException;
import io.quartier.promotion.domain.model.promotion.Basket;
import io.quartier.promotion.domain.model.promotion.Promotion;
import io.quartier.promotion.domain.model.promotion.PromotionRepository;
import io.quartier.promotion.domain.model.redemption.RedemptionRepository;
import io.quartier.promotion.domain.service.BestDiscounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The best discounts for a basket, read only: nothing is held until checkout reserves its uses. */
@ApplicationScoped
public class Quotes {

    /** The most lines a basket may have (ordering allows 100). */
    static final int MAX_LINES = 100;
    static final int MAX_CODE_LENGTH = 40;
    /** The most a unit price or a delivery fee may be (a million euros), so that no sum of a basket overflows. */
    static final long MAX_AMOUNT_MINOR = 100_000_000L;

    @Inject
    PromotionRepository promotions;

    @Inject
    RedemptionRepository redemptions;

    Clock clock = Clock.systemUTC();

    /**
     * @throws DomainException invalid {@code problem.promotion.basket} for a basket no checkout sends (no lines, more
     *                         than {@value #MAX_LINES}, negative amounts, an unknown time zone)
     */
    public BestDiscounts.Result quote(Basket basket, String couponCode) {
        Optional<Promotion> coupon = Optional.empty();
        String code = couponCode == null ? null : couponCode.strip();
        if (code != null && !code.isEmpty()) {
            code = code.length() > MAX_CODE_LENGTH ? code.substring(0, MAX_CODE_LENGTH) : code;
            coupon = promotions.coupon(code.toUpperCase(Locale.ROOT));
        }
        List<Promotion> automatic = promotions.automaticFor(basket.merchantId());
        return BestDiscounts.choose(basket, automatic, coupon, code,
                p -> p.getPerCustomerLimit() == null ? 0 : redemptions.heldBy(basket.customerId(), p.getId()),
                clock.instant());
    }

    /** A basket from what checkout sends, checked. */
    public static Basket basket(long storeId, long merchantId, String zone, String currency, long customerId,
                                boolean firstOrder, long deliveryFeeMinor, List<Basket.Line> lines) {
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES || deliveryFeeMinor < 0
                || deliveryFeeMinor > MAX_AMOUNT_MINOR || currency == null || !currency.matches("[A-Z]{3}")
                || lines.stream().anyMatch(l -> l == null || l.unitPriceMinor() < 0
                || l.unitPriceMinor() > MAX_AMOUNT_MINOR || l.quantity() < 1 || l.quantity() > 999)) {
            throw DomainException.invalid("problem.promotion.basket", "a basket has 1 to " + MAX_LINES
                    + " lines of 1 to 999 items, amounts of 0 to " + MAX_AMOUNT_MINOR + " and an ISO 4217 currency");
        }
        try {
            return new Basket(storeId, merchantId, ZoneId.of(zone == null ? "UTC" : zone), currency, customerId,
                    firstOrder, deliveryFeeMinor, lines);
        } catch (DateTimeException unknownZone) {
            throw DomainException.invalid("problem.promotion.basket", "unknown time zone");
        }
    }
}
