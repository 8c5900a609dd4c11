package io.quartier.payment.application;

import io.quartier.kernel.Shares;
import io.quartier.ordering.api.OrderStanding;
import io.quartier.ordering.api.OrderView;
import io.quartier.payment.domain.model.authorization.Authorization;
import io.quartier.payment.domain.model.sale.Sale;
import io.quartier.payment.domain.model.sale.SaleLine;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The ordering service, asked about the orders payment holds money for (port; {@code RestOrders}). */
public interface Orders {

    /** {@link OrderStanding#GONE} for a reference that names no order; throws when ordering cannot say. */
    OrderStanding standing(String orderReference);

    /** What the order charged, part by part; throws when ordering cannot say. Never called inside a transaction. */
    ChargedOrder charged(long orderId);

    /**
     * What ordering charged for an order, in the parts the ledger splits: the items, the delivery fee and the tip, VAT
     * included, with the VAT in the items and in the fee kept apart. Ordering gives the VAT per rate in what it charged
     * after the discounts, with the fee merged into its standard rate; the items' VAT is taken per rate from the lines
     * less their part of the discounts, spread over the rates as ordering spreads it (a free delivery off the fee, the
     * other discounts off the lines in proportion to each rate's amount, {@link Shares}), and rounded as ordering rounds
     * it; the fee's is the rest, so the two add up to ordering's VAT to the cent: the ledger's VAT is the receipt's.
     * The order's discounts are split by who funds them: the merchant's come out of what it is owed, the platform's
     * are its promotion spending; each funder pays its discount whole, since VAT is due only on what the customer paid.
     */
    record ChargedOrder(long orderId, String currency, long totalMinor, Sale.Amounts amounts, List<SaleLine> lines) {

        public static ChargedOrder of(OrderView order) {
            SortedMap<Integer, Long> grossByRate = new TreeMap<>();
            List<SaleLine> lines = order.lines().stream().map(l -> {
                int rate = l.vatBasisPoints() == null ? 0 : l.vatBasisPoints();
                long gross = Math.multiplyExact(l.unitPriceMinor(), (long) l.quantity());
                grossByRate.merge(rate, gross, Math::addExact);
                return new SaleLine(l.productId(), l.quantity(), l.unitPriceMinor(), rate);
            }).toList();
            long discounts = discount(order, "MERCHANT") + discount(order, "PLATFORM");
            long offFee = order.discounts().stream().filter(d -> FREE_DELIVERY.equals(d.kind()))
                    .mapToLong(OrderView.Discount::amountMinor).reduce(0, Math::addExact);
            long linesGross = grossByRate.values().stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
            long offLines = Math.max(0, Math.min(linesGross, discounts - Math.min(offFee, order.deliveryFeeMinor())));
            Map<Integer, Long> lineShares = Shares.split(offLines, grossByRate);
            long itemsVat = grossByRate.entrySet().stream()
                    .mapToLong(e -> Sale.vatIn(e.getValue() - lineShares.get(e.getKey()), e.getKey())).sum();
            long vat = order.vat() == null ? 0 : order.vat().stream().mapToLong(OrderView.Vat::vatMinor).sum();
            long feeVat = Math.max(0, Math.min(order.deliveryFeeMinor(), vat - itemsVat));
            return new ChargedOrder(order.id(), order.currency(), order.totalMinor(),
                    new Sale.Amounts(order.subtotalMinor(), Math.min(itemsVat, order.subtotalMinor()),
                            order.deliveryFeeMinor(), feeVat, order.tipMinor(), discount(order, "MERCHANT"),
                            discount(order, "PLATFORM")), lines);
        }

        private static final String FREE_DELIVERY = "FREE_DELIVERY";

        private static long discount(OrderView order, String funder) {
            return order.discounts().stream().filter(d -> funder.equals(d.funder()))
                    .mapToLong(OrderView.Discount::amountMinor).reduce(0, Math::addExact);
        }

        /** The sale this order's captured hold made, at the merchant's commission rate. */
        Sale sale(Authorization hold, int commissionBasisPoints, Instant capturedAt) {
            return new Sale(hold.getId(), hold.getOrderReference(),
                    new Sale.Parties(hold.getCustomerId(), hold.getMerchantId(), hold.getCourierId()), currency, amounts,
                    commissionBasisPoints, lines, capturedAt);
        }
    }
}
