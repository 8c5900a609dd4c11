package io.quartier.shop.view.place;

import io.quartier.identity.api.AddressView;
import io.quartier.identity.api.PlaceView;
import java.io.Serializable;

/** A place to deliver to, as the pages show it: a saved address of the customer's, or a place found for a guest. */
public class PlaceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String label;
    private final String line;
    private final double latitude;
    private final double longitude;
    private final Long addressId;
    private final boolean defaultAddress;

    PlaceRow(String label, String line, double latitude, double longitude, Long addressId, boolean defaultAddress) {
        this.label = label;
        this.line = line;
        this.latitude = latitude;
        this.longitude = longitude;
        this.addressId = addressId;
        this.defaultAddress = defaultAddress;
    }

    public static PlaceRow of(AddressView a) {
        return new PlaceRow(a.label(), a.line(), a.latitude(), a.longitude(), a.id(), a.defaultAddress());
    }

    public static PlaceRow of(PlaceView p) {
        return new PlaceRow(p.label(), p.label(), p.latitude(), p.longitude(), null, false);
    }

    public String getLabel() {
        return label;
    }

    public String getLine() {
        return line;
    }

    public double getLatitude() {
        return latitude;
    }

    public double getLongitude() {
        return longitude;
    }

    /** The saved address this is; null for a place found by search. */
    public Long getAddressId() {
        return addressId;
    }

    public boolean isDefaultAddress() {
        return defaultAddress;
    }
}
