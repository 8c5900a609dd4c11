package io.quartier.shop.basket;

import io.quartier.kernel.Money;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/** A product in the basket, with the price it was shown at (ordering takes the real price from the catalog). */
public class BasketLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long storeId;
    private final long productId;
    private final List<Long> optionIds;
    private final String name;
    private final long unitPriceMinor;
    private final String currency;
    private int quantity;

    BasketLine(long storeId, long productId, List<Long> optionIds, String name, long unitPriceMinor, String currency) {
        this.storeId = storeId;
        this.productId = productId;
        this.optionIds = optionIds.stream().sorted().toList();
        this.name = name;
        this.unitPriceMinor = unitPriceMinor;
        this.currency = currency;
        this.quantity = 1;
    }

    /** The same line at the catalog's new price. */
    BasketLine repriced(long newUnitPriceMinor) {
        BasketLine line = new BasketLine(storeId, productId, optionIds, name, newUnitPriceMinor, currency);
        line.quantity = quantity;
        return line;
    }

    public Money amount() {
        return Money.of(unitPriceMinor, currency).times(quantity);
    }

    /** The line's identity: the product, and the options chosen when it has some ("102:12"). */
    public String getKey() {
        return optionIds.isEmpty() ? String.valueOf(productId)
                : productId + ":" + optionIds.stream().map(String::valueOf).collect(Collectors.joining("-"));
    }

    /** The store the product is sold by. */
    public long getStoreId() {
        return storeId;
    }

    public List<Long> getOptionIds() {
        return optionIds;
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
