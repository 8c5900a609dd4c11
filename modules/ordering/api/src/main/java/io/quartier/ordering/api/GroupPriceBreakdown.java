package io.quartier.ordering.api;

import java.util.List;

/**
 * What a basket of several stores costs, as the multi-store checkout would charge it now, in {@code currency}'s minor
 * units, VAT included: each store's part (its lines, their sum, the discounts considered for it, the VAT its lines
 * contain per rate after their discounts), the one delivery fee (the highest any of the stores quotes for the place),
 * the tip, the sum of the discounts ({@code discountMinor}, already taken off {@code totalMinor}), the VAT of the whole
 * per rate and the total; {@code deliveryMinutes} is the longest of the stores' estimates; {@code promotionNotice} a
 * text key when discounts could not be checked (null otherwise), as in {@link PriceBreakdown}.
 */
public record GroupPriceBreakdown(String currency, List<Part> parts, long subtotalMinor, long deliveryFeeMinor,
                                  long tipMinor, List<OrderView.Vat> vat, long totalMinor, int deliveryMinutes,
                                  long discountMinor, String promotionNotice) {

    /**
     * One store's part: its lines priced from the catalog, their sum, the VAT they contain per rate, and the
     * promotions considered for it as in {@link PriceBreakdown} (its store's automatic discounts, and the coupon entered
     * when it was tried on this part: on every part up to the first it applies to), {@code discountMinor} the sum of
     * those that apply.
     */
    public record Part(long storeId, String storeName, List<OrderView.Line> lines, long subtotalMinor,
                       List<OrderView.Vat> vat, List<PriceBreakdown.Offer> offers, long discountMinor) {

        public Part {
            offers = offers == null ? List.of() : List.copyOf(offers);
        }
    }
}
