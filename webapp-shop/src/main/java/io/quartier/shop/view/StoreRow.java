package io.quartier.shop.view;

import io.quartier.catalog.api.StoreView;
import java.io.Serializable;

/** A store for a page (EL does not read records). */
public class StoreRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String merchantName;
    private final String merchantType;
    private final String address;
    private final String country;
    private final String currency;

    public StoreRow(StoreView store) {
        this.id = store.id();
        this.name = store.name();
        this.merchantName = store.merchantName();
        this.merchantType = store.merchantType();
        this.address = store.address();
        this.country = store.country();
        this.currency = store.currency();
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getMerchantName() {
        return merchantName;
    }

    /** RESTAURANT, GROCERY or SPECIALTY; pages translate it with {@code enum.MerchantType.<type>}. */
    public String getMerchantType() {
        return merchantType;
    }

    public String getAddress() {
        return address;
    }

    public String getCountry() {
        return country;
    }

    public String getCurrency() {
        return currency;
    }
}
