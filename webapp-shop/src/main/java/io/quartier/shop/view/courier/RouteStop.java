package io.quartier.shop.view.courier;

import io.quartier.delivery.api.TourStop;
import io.quartier.ui.map.MapView;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * One stop of the courier's route, numbered in the order to drive: a store to collect an order from or a door to
 * bring it to, with the links that open the phone's navigation or a web map there, and when the courier should get
 * there (empty when the route follows the jobs' order, delivery not having ordered it).
 */
public class RouteStop implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int number;
    private final boolean pickup;
    private final long orderId;
    private final String name;
    private final String address;
    private final Double latitude;
    private final Double longitude;
    private final String expected;
    private final boolean late;

    RouteStop(int number, boolean pickup, long orderId, String name, String address, Double latitude,
              Double longitude, String expected, boolean late) {
        this.number = number;
        this.pickup = pickup;
        this.orderId = orderId;
        this.name = name;
        this.address = address;
        this.latitude = latitude;
        this.longitude = longitude;
        this.expected = expected;
        this.late = late;
    }

    /** The {@code number}th stop of the tour delivery ordered, its expected arrival shown in {@code zone}. */
    static RouteStop of(int number, TourStop stop, ZoneId zone, Locale reader) {
        String expected = stop.expectedArrival() == null ? ""
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(reader)
                        .format(stop.expectedArrival().atZone(zone));
        return new RouteStop(number, "PICKUP".equals(stop.kind()), stop.orderId(), stop.name(), stop.address(),
                stop.latitude(), stop.longitude(), expected, stop.late());
    }

    /** The same stop renumbered (the route read job by job is numbered once all its jobs' stops are listed). */
    RouteStop numbered(int n) {
        return new RouteStop(n, pickup, orderId, name, address, latitude, longitude, expected, late);
    }

    /** The stop on the map, where its place is known. */
    MapView.Point point() {
        return new MapView.Point(latitude, longitude, pickup ? "pickup" : "dropoff",
                number + " · " + (pickup ? name : "#" + orderId));
    }

    boolean isPlaced() {
        return latitude != null && longitude != null;
    }

    public int getNumber() {
        return number;
    }

    public boolean isPickup() {
        return pickup;
    }

    public long getOrderId() {
        return orderId;
    }

    /** The store's name at a pickup; null at a door. */
    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    /** A {@code geo:} link, which a phone opens in its navigation app. */
    public String getNavigation() {
        return JobRow.geo(latitude, longitude, address);
    }

    /** The same place as a web map's directions. */
    public String getMap() {
        return JobRow.map(latitude, longitude, address);
    }

    /** The expected arrival as a short time of day; empty when unknown. */
    public String getExpected() {
        return expected;
    }

    /** Whether the door is expected after the time promised to the customer. */
    public boolean isLate() {
        return late;
    }
}
