package io.quartier.shop.suggestion;

import java.io.Serializable;

/** One suggested product on a page: its store (for the link), its name and why, in the reader's language. */
public class SuggestionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long productId;
    private final long storeId;
    private final String name;
    private final String why;

    public SuggestionRow(long productId, long storeId, String name, String why) {
        this.productId = productId;
        this.storeId = storeId;
        this.name = name;
        this.why = why;
    }

    public long getProductId() {
        return productId;
    }

    public long getStoreId() {
        return storeId;
    }

    public String getName() {
        return name;
    }

    public String getWhy() {
        return why;
    }
}
