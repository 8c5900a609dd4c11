package io.quartier.shop.view.orders;

import io.quartier.ordering.api.OrderView;
import io.quartier.shop.view.price.PriceSummary;
import java.io.Serializable;
import java.util.Locale;

/**
 * An order's receipt as its customer reads it, on the page and in the PDF: the store's name and address, the order's
 * number, its date in the store's time zone, its lines, and its price with the VAT per rate of the store's country.
 */
public class Receipt implements Serializable {

    private static final long serialVersionUID = 1L;

    private final OrderRow order;
    private final PriceSummary price;
    private final String storeAddress;
    private final boolean vatKnown;

    private Receipt(OrderView order, Locale reader) {
        this.order = OrderRow.of(order, reader);
        this.price = PriceSummary.of(order, reader);
        this.storeAddress = order.storeAddress();
        this.vatKnown = order.vat() != null && !order.vat().isEmpty();
    }

    public static Receipt of(OrderView order, Locale reader) {
        return new Receipt(order, reader);
    }

    public OrderRow getOrder() {
        return order;
    }

    public PriceSummary getPrice() {
        return price;
    }

    public String getStoreAddress() {
        return storeAddress;
    }

    /** False for an order placed before orders kept their lines' VAT rates: it has no VAT lines. */
    public boolean isVatKnown() {
        return vatKnown;
    }
}
