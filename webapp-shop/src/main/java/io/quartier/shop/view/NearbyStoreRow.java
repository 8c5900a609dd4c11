package io.quartier.shop.view;

import io.quartier.catalog.api.NearbyStoreView;
import io.quartier.kernel.Money;
import io.quartier.ui.Formats;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A store that delivers to the visitor's place, written for the visitor: distance, fee and time in the visitor's
 * language, and when it opens on the store's clock ("opens at 18:00" today, the date too on another day).
 */
public class NearbyStoreRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String merchantType;
    private final String address;
    private final String status;
    private final String availability;
    private final String distanceKey;
    private final String distance;
    private final String deliveryFee;
    private final int deliveryMinutes;
    private final String opensKey;
    private final String opens;

    /** {@code now} decides whether the opening is today, on the store's clock. */
    public NearbyStoreRow(NearbyStoreView store, Locale reader, Instant now) {
        this.id = store.id();
        this.name = store.name();
        this.merchantType = store.merchantType();
        this.address = store.address();
        this.status = store.status();
        this.availability = store.availability();
        if (store.distanceMetres() < 1000) {
            this.distanceKey = "shop.home.distanceMetres";
            this.distance = NumberFormat.getIntegerInstance(reader).format(store.distanceMetres());
        } else {
            NumberFormat kilometres = NumberFormat.getNumberInstance(reader);
            kilometres.setMaximumFractionDigits(1);
            kilometres.setMinimumFractionDigits(1);
            this.distanceKey = "shop.home.distanceKm";
            this.distance = kilometres.format(store.distanceMetres() / 1000.0);
        }
        this.deliveryFee = store.deliveryFeeMinor() == 0 ? null
                : Money.of(store.deliveryFeeMinor(), store.currency()).format(reader);
        this.deliveryMinutes = store.deliveryMinutes();
        ZoneId zone = ZoneId.of(store.timeZone());
        if (store.opensAt() == null) {
            this.opensKey = null;
            this.opens = null;
        } else if (LocalDate.ofInstant(store.opensAt(), zone).equals(LocalDate.ofInstant(now, zone))) {
            this.opensKey = "shop.home.opensAt";
            this.opens = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(reader)
                    .format(store.opensAt().atZone(zone));
        } else {
            this.opensKey = "shop.home.opensOn";
            this.opens = Formats.dateTime(store.opensAt(), zone, reader);
        }
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** RESTAURANT, GROCERY or SPECIALTY; pages translate it with {@code enum.MerchantType.<type>}. */
    public String getMerchantType() {
        return merchantType;
    }

    public String getAddress() {
        return address;
    }

    /** OPEN, CLOSED, PAUSED or CLOSED_EXCEPTIONALLY; pages translate it with {@code enum.OpeningStatus.<status>}. */
    public String getStatus() {
        return status;
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }

    /** OPEN_NOW, OPENS_LATER_TODAY or NOT_TODAY. */
    public String getAvailability() {
        return availability;
    }

    /** The bundle key that writes {@link #getDistance()} with its unit. */
    public String getDistanceKey() {
        return distanceKey;
    }

    public String getDistance() {
        return distance;
    }

    /** The fee in the store's currency; null when delivery is free. */
    public String getDeliveryFee() {
        return deliveryFee;
    }

    public int getDeliveryMinutes() {
        return deliveryMinutes;
    }

    /** The bundle key that writes {@link #getOpens()}; null when open now or without hours. */
    public String getOpensKey() {
        return opensKey;
    }

    public String getOpens() {
        return opens;
    }
}
