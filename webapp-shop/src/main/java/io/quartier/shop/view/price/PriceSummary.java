package io.quartier.shop.view.price;

import io.quartier.kernel.Money;
import io.quartier.ordering.api.GroupPriceBreakdown;
import io.quartier.ordering.api.OrderView;
import io.quartier.ordering.api.PriceBreakdown;
import io.quartier.promotion.api.PromotionTexts;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A price breakdown for a page or a receipt, formatted for the reader (a JavaBean: EL does not read records): the
 * lines' subtotal, the delivery fee, the tip, each discount (named in promotion's texts), the VAT contained per rate and
 * the total, all as ordering computed them; for a basket, also every offer considered with why it does not apply.
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
    private List<OfferRow> discounts = List.of();
    private List<OfferRow> offers = List.of();
    private String promotionNotice;

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
        PriceSummary summary = new PriceSummary(price.currency(), price.subtotalMinor(), price.deliveryFeeMinor(),
                price.tipMinor(), price.totalMinor(), price.vat(), reader);
        summary.offer(price.offers(), price.currency(), reader);
        summary.notice(price.promotionNotice(), reader);
        return summary;
    }

    /**
     * A basket of several stores as one order: all their lines, the one delivery fee, the tip, every store's discounts,
     * the VAT, the total (each store's offers, with why they do not apply, are its part's).
     */
    public static PriceSummary of(GroupPriceBreakdown price, Locale reader) {
        PriceSummary summary = new PriceSummary(price.currency(), price.subtotalMinor(), price.deliveryFeeMinor(),
                price.tipMinor(), price.totalMinor(), price.vat(), reader);
        summary.offer(price.parts().stream().flatMap(p -> p.offers().stream()).filter(PriceBreakdown.Offer::applies)
                .toList(), price.currency(), reader);
        summary.notice(price.promotionNotice(), reader);
        return summary;
    }

    /**
     * One store's part of a basket of several: what its lines come to, the VAT they contain after its discounts (no
     * fee, no tip), and the offers considered for it.
     */
    public static PriceSummary of(GroupPriceBreakdown.Part part, String currency, Locale reader) {
        PriceSummary summary = new PriceSummary(currency, part.subtotalMinor(), 0, 0,
                part.subtotalMinor() - part.discountMinor(), part.vat(), reader);
        summary.offer(part.offers(), currency, reader);
        return summary;
    }

    private void offer(List<PriceBreakdown.Offer> considered, String currency, Locale reader) {
        offers = considered.stream().map(o -> new OfferRow(offerName(o.kind(), o.code(), reader),
                o.applies() ? "-" + Money.of(o.amountMinor(), currency).format(reader) : "", o.applies(),
                o.reasonKey() == null ? null : promotionText(o.reasonKey(), reader))).toList();
        discounts = offers.stream().filter(OfferRow::applies).toList();
    }

    private void notice(String key, Locale reader) {
        promotionNotice = key == null ? null : promotionText(key, reader);
    }

    public static PriceSummary of(OrderView order, Locale reader) {
        PriceSummary summary = new PriceSummary(order.currency(), order.subtotalMinor(), order.deliveryFeeMinor(),
                order.tipMinor(), order.totalMinor(), order.vat(), reader);
        summary.discounts = order.discounts().stream().map(d -> new OfferRow(offerName(d.kind(), d.code(), reader),
                "-" + Money.of(d.amountMinor(), order.currency()).format(reader), true, null)).toList();
        summary.offers = summary.discounts;
        return summary;
    }

    /** An offer's name for the reader: "Free delivery", "Coupon WELCOME10". */
    static String offerName(String kind, String code, Locale reader) {
        return MessageFormat.format(promotionText(PromotionTexts.kind(kind), reader), code == null ? "" : code).strip();
    }

    private static String promotionText(String key, Locale reader) {
        try {
            return ResourceBundle.getBundle(PromotionTexts.BUNDLE, reader).getString(key);
        } catch (MissingResourceException unknown) {
            return key;
        }
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

    /** The discounts taken off, each with its (negative) amount. */
    public List<OfferRow> getDiscounts() {
        return discounts;
    }

    /** Why discounts are missing (promotion could not be asked) when a coupon was entered; null otherwise. */
    public String getPromotionNotice() {
        return promotionNotice;
    }

    /** Every offer considered: applied with its amount, or not with why. */
    public List<OfferRow> getOffers() {
        return offers;
    }

    /** An offer for the reader: its name, what it takes off (when it applies) or why it does not. */
    public record OfferRow(String name, String amount, boolean applies, String reason) implements Serializable {
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
