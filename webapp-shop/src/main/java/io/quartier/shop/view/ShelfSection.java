package io.quartier.shop.view;

import java.io.Serializable;
import java.util.List;

/** One shelf of a store page: its name (null for products the merchant has not sorted) and its products. */
public class ShelfSection implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final List<ProductRow> products;

    public ShelfSection(String name, List<ProductRow> products) {
        this.name = name;
        this.products = List.copyOf(products);
    }

    public String getName() {
        return name;
    }

    public List<ProductRow> getProducts() {
        return products;
    }
}
