package io.quartier.backoffice.view.merchant;

import io.quartier.catalog.api.ProductView;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * A product on the merchant's board, editable in place: the price in major units (as merchants think of it),
 * the stock for products that track it, and the "sold out" switch.
 */
public class ProductRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long storeId;
    private final String storeName;
    private final String name;
    private final String currency;
    private final int fractionDigits;
    private final boolean tracksStock;
    private BigDecimal price;
    private Integer stockQuantity;
    private boolean soldOut;

    public ProductRow(ProductView product, String storeName) {
        this.id = product.id();
        this.storeId = product.storeId();
        this.storeName = storeName;
        this.name = product.name();
        this.currency = product.currency();
        this.fractionDigits = Currency.getInstance(product.currency()).getDefaultFractionDigits();
        this.tracksStock = product.stockQuantity() != null;
        this.price = BigDecimal.valueOf(product.priceMinor(), fractionDigits);
        this.stockQuantity = product.stockQuantity();
        this.soldOut = !product.available();
    }

    /** The price in minor units; a price with more decimals than the currency has is rounded away by the input. */
    public long priceMinor() {
        return price.movePointRight(fractionDigits).longValue();
    }

    public long getId() {
        return id;
    }

    public long getStoreId() {
        return storeId;
    }

    public String getStoreName() {
        return storeName;
    }

    public String getName() {
        return name;
    }

    public String getCurrency() {
        return currency;
    }

    public int getFractionDigits() {
        return fractionDigits;
    }

    public boolean isTracksStock() {
        return tracksStock;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public Integer getStockQuantity() {
        return stockQuantity;
    }

    public void setStockQuantity(Integer stockQuantity) {
        this.stockQuantity = stockQuantity;
    }

    public boolean isSoldOut() {
        return soldOut;
    }

    public void setSoldOut(boolean soldOut) {
        this.soldOut = soldOut;
    }
}
