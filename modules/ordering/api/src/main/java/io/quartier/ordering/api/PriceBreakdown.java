package io.quartier.ordering.api;

import java.util.List;

/**
 * What a basket costs, as checkout would charge it now, in {@code currency}'s minor units, VAT included: the lines
 * priced from the catalog (options in their names), their sum, the delivery fee for the place, the tip, the VAT per
 * rate and the total; {@code deliveryMinutes} is the catalog's estimate from ordering to the door.
 */
public record PriceBreakdown(String currency, List<OrderView.Line> lines, long subtotalMinor, long deliveryFeeMinor,
                             long tipMinor, List<OrderView.Vat> vat, long totalMinor, int deliveryMinutes) {
}
