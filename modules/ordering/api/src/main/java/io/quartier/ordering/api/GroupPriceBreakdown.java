package io.quartier.ordering.api;

import java.util.List;

/**
 * What a basket of several stores costs, as the multi-store checkout would charge it now, in {@code currency}'s minor
 * units, VAT included: each store's part (its lines, their sum, the VAT it contains per rate), the one delivery fee (the
 * highest any of the stores quotes for the place), the tip, the VAT of the whole per rate and the total;
 * {@code deliveryMinutes} is the longest of the stores' estimates. Discounts and coupons are for one store's orders.
 */
public record GroupPriceBreakdown(String currency, List<Part> parts, long subtotalMinor, long deliveryFeeMinor,
                                  long tipMinor, List<OrderView.Vat> vat, long totalMinor, int deliveryMinutes) {

    /** One store's part: its lines priced from the catalog, their sum and the VAT they contain per rate. */
    public record Part(long storeId, String storeName, List<OrderView.Line> lines, long subtotalMinor,
                       List<OrderView.Vat> vat) {
    }
}
