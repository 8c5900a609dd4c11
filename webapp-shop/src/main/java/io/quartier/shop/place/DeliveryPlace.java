package io.quartier.shop.place;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Where this visitor wants to be delivered: a saved address of the customer's or a place a guest typed, with its
 * coordinates. The shop's list of stores asks the catalog for the stores that deliver here; checkout delivers here.
 */
@Named
@SessionScoped
public class DeliveryPlace implements Serializable {

    private static final long serialVersionUID = 1L;

    private String label;
    private double latitude;
    private double longitude;
    private Long addressId;

    /** Chooses a place; {@code addressId} names the customer's saved address it is, or is null for a typed place. */
    public synchronized void choose(String label, double latitude, double longitude, Long addressId) {
        if (!Double.isFinite(latitude) || Math.abs(latitude) > 90 || !Double.isFinite(longitude) || Math.abs(longitude) > 180) {
            throw new IllegalArgumentException("not a place on Earth: " + latitude + ", " + longitude);
        }
        this.label = label;
        this.latitude = latitude;
        this.longitude = longitude;
        this.addressId = addressId;
    }

    public synchronized void forget() {
        label = null;
        addressId = null;
    }

    public synchronized boolean isChosen() {
        return label != null;
    }

    public synchronized String getLabel() {
        return label;
    }

    public synchronized double getLatitude() {
        return latitude;
    }

    public synchronized double getLongitude() {
        return longitude;
    }

    public synchronized Long getAddressId() {
        return addressId;
    }
}
