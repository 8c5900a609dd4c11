package io.quartier.shop.view.price;

import io.quartier.kernel.Money;
import io.quartier.ordering.api.OrderView;
import io.quartier.ordering.api.PriceBreakdown;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * A price breakdown for a page or a receipt, formatted for the reader (a JavaBean: EL does not read records): the
 * lines' subtotal, the delivery fee, the tip, the VAT contained per rate and the total, all as ordering computed them.
 */
public class PriceSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String subtotal;
    private final String deliveryFee;
    private final boolean freeDelivery;
    private final String tip;
    private final boolean tipped;
    private final String total;
    private final List<VatRow> vat;

    private PriceSummary(String currency, long subtotalMinor, long deliveryFeeMinor, long tipMinor, long totalMinor,
                         List<OrderView.Vat> vat, Locale reader) {
        this.subtotal = Money.of(subtotalMinor, currency).format(reader);
        this.deliveryFee = Money.of(deliveryFeeMinor, currency).format(reader);
        this.freeDelivery = deliveryFeeMinor == 0;
        this.tip = Money.of(tipMinor, currency).format(reader);
        this.tipped = tipMinor > 0;
        this.total = Money.of(totalMinor, currency).format(reader);
        this.vat = vat == null ? List.of() : vat.stream().map(v -> new VatRow(rate(v.basisPoints(), reader),
                Money.of(v.vatMinor(), currency).format(reader), Money.of(v.netMinor(), currency).format(reader),
                Money.of(v.grossMinor(), currency).format(reader))).toList();
    }

    public static PriceSummary of(PriceBreakdown price, Locale reader) {
        return new PriceSummary(price.currency(), price.subtotalMinor(), price.deliveryFeeMinor(), price.tipMinor(),
                price.totalMinor(), price.vat(), reader);
    }

    public static PriceSummary of(OrderView order, Locale reader) {
        return new PriceSummary(order.currency(), order.subtotalMinor(), order.deliveryFeeMinor(), order.tipMinor(),
                order.totalMinor(), order.vat(), reader);
    }

    /** A rate in basis points as the reader writes a percentage's number: 550 is "5.5" in English, "5,5" in French. */
    static String rate(int basisPoints, Locale reader) {
        NumberFormat number = NumberFormat.getNumberInstance(reader);
        number.setMaximumFractionDigits(2);
        return number.format(BigDecimal.valueOf(basisPoints, 2));
    }

    public String getSubtotal() {
        return subtotal;
    }

    public String getDeliveryFee() {
        return deliveryFee;
    }

    public boolean isFreeDelivery() {
        return freeDelivery;
    }

    public String getTip() {
        return tip;
    }

    public boolean isTipped() {
        return tipped;
    }

    public String getTotal() {
        return total;
    }

    public List<VatRow> getVat() {
        return vat;
    }

    /** The VAT contained at one rate ({@code rate} a number to put before "%"), and the net and gross it splits. */
    public static class VatRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String rate;
        private final String vat;
        private final String net;
        private final String gross;

        VatRow(String rate, String vat, String net, String gross) {
            this.rate = rate;
            this.vat = vat;
            this.net = net;
            this.gross = gross;
        }

        public String getRate() {
            return rate;
        }

        public String getVat() {
            return vat;
        }

        public String getNet() {
            return net;
        }

        public String getGross() {
            return gross;
        }
    }
}
