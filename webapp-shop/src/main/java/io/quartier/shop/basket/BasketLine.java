package io.quartier.shop.basket;

import io.quartier.kernel.Money;
import java.io.Serializable;

/** A product in the basket, with the price it was shown at (ordering takes the real price from the catalog). */
public class BasketLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long productId;
    private final String name;
    private final long unitPriceMinor;
    private final String currency;
    private int quantity;

    BasketLine(long productId, String name, long unitPriceMinor, String currency) {
        this.productId = productId;
        this.name = name;
        this.unitPriceMinor = unitPriceMinor;
        this.currency = currency;
        this.quantity = 1;
    }

    /** The same line at the catalog's new price. */
    BasketLine repriced(long newUnitPriceMinor) {
        BasketLine line = new BasketLine(productId, name, newUnitPriceMinor, currency);
        line.quantity = quantity;
        return line;
    }

    public Money amount() {
        return Money.of(unitPriceMinor, currency).times(quantity);
    }

    public long getProductId() {
        return productId;
    }

    public String getName() {
        return name;
    }

    public long getUnitPriceMinor() {
        return unitPriceMinor;
    }

    public int getQuantity() {
        return quantity;
    }

    void setQuantity(int quantity) {
        this.quantity = quantity;
    }
}
