package io.quartier.shop.view;

import io.quartier.catalog.api.StoreView;
import io.quartier.ui.Formats;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Locale;

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
    private final String status;
    private final String nextOpening;

    public StoreRow(StoreView store) {
        this(store, Locale.ROOT);
    }

    /** {@code reader} formats when the store next opens, in the store's own time zone. */
    public StoreRow(StoreView store, Locale reader) {
        this.id = store.id();
        this.name = store.name();
        this.merchantName = store.merchantName();
        this.merchantType = store.merchantType();
        this.address = store.address();
        this.country = store.country();
        this.currency = store.currency();
        this.status = store.status();
        this.nextOpening = store.nextOpening() == null ? null
                : Formats.dateTime(store.nextOpening(), ZoneId.of(store.timeZone()), reader);
    }

    /** OPEN, CLOSED, PAUSED or CLOSED_EXCEPTIONALLY. */
    public String getStatus() {
        return status;
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }

    /** When it next takes orders, for the reader; null when open or never. */
    public String getNextOpening() {
        return nextOpening;
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
