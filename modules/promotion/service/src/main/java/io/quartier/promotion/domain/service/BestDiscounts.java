package io.quartier.promotion.domain.service;

import io.quartier.promotion.api.PromotionTexts;
import io.quartier.promotion.domain.model.promotion.Basket;
import io.quartier.promotion.domain.model.promotion.Funder;
import io.quartier.promotion.domain.model.promotion.Promotion;
import io.quartier.promotion.domain.model.promotion.PromotionKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Picks the best discounts for a basket and says, for every promotion considered, whether it applies and why not.
 * The rules: each line gets at most one per-line discount (happy hour or 2 for 1), the one that takes off most; one
 * free delivery at most; the coupon entered (one at most) then takes its share of what is left of the lines. So the
 * discounts never pass the lines plus the delivery fee, and the tip is never discounted.
 */
public final class BestDiscounts {

    private BestDiscounts() {
    }

    /**
     * @param automatic    the automatic discounts that could be for the basket's store
     * @param coupon       the coupon the code entered names, if any
     * @param enteredCode  the code the customer entered (null: none)
     * @param customerUses how many uses of a promotion (by id) the customer holds
     */
    public static Result choose(Basket basket, List<Promotion> automatic, Optional<Promotion> coupon,
                                String enteredCode, ToIntFunction<Promotion> customerUses, Instant now) {
        List<Promotion> sorted = automatic.stream().filter(p -> p.getKind() != PromotionKind.COUPON)
                .sorted(Comparator.comparing(Promotion::getId)).toList();
        Map<Promotion, Outcome> outcomes = new LinkedHashMap<>();
        List<Promotion> perLine = new ArrayList<>();
        for (Promotion p : sorted) {
            Optional<String> refusal = p.refusal(basket, now, customerUses.applyAsInt(p));
            if (refusal.isPresent()) {
                outcomes.put(p, Outcome.refused(p, refusal.get()));
            } else if (p.getKind().perLine()) {
                perLine.add(p);
                outcomes.put(p, null);
            } else {
                outcomes.put(p, null);
            }
        }
        long linesOff = bestPerLine(basket, perLine, outcomes);
        boolean deliveryTaken = false;
        for (Map.Entry<Promotion, Outcome> e : outcomes.entrySet()) {
            Promotion p = e.getKey();
            if (e.getValue() == null && p.getKind() == PromotionKind.FREE_DELIVERY) {
                if (basket.deliveryFeeMinor() == 0) {
                    e.setValue(Outcome.refused(p, PromotionTexts.NO_DELIVERY_FEE));
                } else if (deliveryTaken) {
                    e.setValue(Outcome.refused(p, PromotionTexts.BETTER_OFFER));
                } else {
                    e.setValue(Outcome.applied(p, basket.deliveryFeeMinor()));
                    deliveryTaken = true;
                }
            }
        }
        List<Outcome> result = new ArrayList<>(outcomes.values());
        if (enteredCode != null && !enteredCode.isBlank()) {
            result.add(coupon.map(c -> couponOutcome(c, basket, now, customerUses.applyAsInt(c),
                            basket.subtotalMinor() - linesOff))
                    .orElseGet(() -> Outcome.unknown(enteredCode)));
        }
        return new Result(result);
    }

    private static long bestPerLine(Basket basket, List<Promotion> perLine, Map<Promotion, Outcome> outcomes) {
        List<Basket.Line> lines = basket.lines();
        List<long[]> offs = perLine.stream().map(p -> p.lineDiscounts(lines)).toList();
        long[] won = new long[perLine.size()];
        boolean[] couldHave = new boolean[perLine.size()];
        for (int line = 0; line < lines.size(); line++) {
            int best = -1;
            for (int i = 0; i < perLine.size(); i++) {
                long off = offs.get(i)[line];
                if (off > 0) {
                    couldHave[i] = true;
                    if (best < 0 || off > offs.get(best)[line]) {
                        best = i;
                    }
                }
            }
            if (best >= 0) {
                won[best] = Math.addExact(won[best], offs.get(best)[line]);
            }
        }
        long total = 0;
        for (int i = 0; i < perLine.size(); i++) {
            Promotion p = perLine.get(i);
            if (won[i] > 0) {
                outcomes.put(p, Outcome.applied(p, won[i]));
                total = Math.addExact(total, won[i]);
            } else if (couldHave[i]) {
                outcomes.put(p, Outcome.refused(p, PromotionTexts.BETTER_OFFER));
            } else {
                boolean single = p.getKind() == PromotionKind.TWO_FOR_ONE
                        && lines.stream().anyMatch(l -> p.getProductId().equals(l.productId()));
                outcomes.put(p, Outcome.refused(p, single ? PromotionTexts.NOT_ENOUGH_ITEMS
                        : PromotionTexts.NOTHING_ON_SHELF));
            }
        }
        return total;
    }

    private static Outcome couponOutcome(Promotion coupon, Basket basket, Instant now, int uses, long leftMinor) {
        Optional<String> refusal = coupon.refusal(basket, now, uses);
        if (refusal.isPresent()) {
            return Outcome.refused(coupon, refusal.get());
        }
        long off = coupon.couponDiscount(leftMinor);
        return off > 0 ? Outcome.applied(coupon, off) : Outcome.refused(coupon, PromotionTexts.NOTHING_LEFT);
    }

    /** Every promotion considered, in order: the automatic ones by id, then the coupon entered. */
    public record Result(List<Outcome> outcomes) {

        public List<Outcome> applied() {
            return outcomes.stream().filter(Outcome::applies).toList();
        }

        public long discountMinor() {
            return applied().stream().mapToLong(Outcome::amountMinor).reduce(0, Math::addExact);
        }
    }

    /**
     * One promotion considered: applied for {@code amountMinor}, or not, for {@code reasonKey}. {@code promotion} is
     * null for a code that names no coupon.
     */
    public record Outcome(Promotion promotion, String code, boolean applies, long amountMinor, String reasonKey) {

        static Outcome applied(Promotion p, long amountMinor) {
            return new Outcome(p, p.getCode(), true, amountMinor, null);
        }

        static Outcome refused(Promotion p, String reasonKey) {
            return new Outcome(p, p.getCode(), false, 0, reasonKey);
        }

        static Outcome unknown(String code) {
            return new Outcome(null, code.strip(), false, 0, PromotionTexts.UNKNOWN_CODE);
        }

        public long promotionId() {
            return promotion == null ? 0 : promotion.getId();
        }

        public String kind() {
            return promotion == null ? PromotionKind.COUPON.name() : promotion.getKind().name();
        }

        public Funder funder() {
            return promotion == null ? null : promotion.getFunder();
        }
    }
}
