package io.quartier.shop.view.courier;

import io.quartier.delivery.api.JobEarning;
import io.quartier.delivery.api.JobView;
import io.quartier.kernel.Money;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A delivery job for the courier's app: an offer with its countdown, or a job with its two stops. */
public class JobRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long orderId;
    private final String status;
    private final String pickupName;
    private final String pickupAddress;
    private final String dropoffAddress;
    private final String offerExpiresAt;
    private final String pickupNavigation;
    private final String dropoffNavigation;
    private final String pickupMap;
    private final String dropoffMap;
    private final Pay pay;
    private final Double pickupLatitude;
    private final Double pickupLongitude;
    private final Double dropoffLatitude;
    private final Double dropoffLongitude;
    private final boolean partOfTour;
    private String code;
    /** The photo taken when the customer is absent; a request's upload, never kept with the view. */
    private transient Part photo;
    /** Why the courier cannot deliver it (a DeliveryFailureReason name), and its note, as typed. */
    private String failureReason;
    private String failureNote;
    /** The photo sent with a failure report; a request's upload, never kept with the view. */
    private transient Part failurePhoto;

    /** What the job pays, each part formatted for the reader; null for a job from before earnings. */
    public record Pay(String total, String base, String distance, String waiting, String peak, String tip,
                      String kilometres) implements Serializable {

        static Pay of(JobEarning e, Locale reader) {
            if (e == null) {
                return null;
            }
            return new Pay(money(e.totalMinor(), e.currency(), reader), money(e.baseMinor(), e.currency(), reader),
                    money(e.distanceMinor(), e.currency(), reader), money(e.waitingMinor(), e.currency(), reader),
                    money(e.peakMinor(), e.currency(), reader), money(e.tipMinor(), e.currency(), reader),
                    String.format(reader, "%.1f", e.distanceMeters() / 1000.0));
        }

        static String money(long minor, String currency, Locale reader) {
            return Money.of(minor, currency).format(reader);
        }
    }

    public JobRow(JobView job) {
        this(job, Locale.ROOT);
    }

    public JobRow(JobView job, Locale reader) {
        this.id = job.id();
        this.orderId = job.orderId();
        this.status = job.status();
        this.pickupName = job.pickupName();
        this.pickupAddress = job.pickupAddress();
        this.dropoffAddress = job.dropoffAddress();
        this.offerExpiresAt = job.offerExpiresAt() == null ? null : job.offerExpiresAt().toString();
        this.pickupNavigation = geo(job.pickupLatitude(), job.pickupLongitude(), job.pickupAddress());
        this.dropoffNavigation = geo(job.dropoffLatitude(), job.dropoffLongitude(), job.dropoffAddress());
        this.pickupMap = map(job.pickupLatitude(), job.pickupLongitude(), job.pickupAddress());
        this.dropoffMap = map(job.dropoffLatitude(), job.dropoffLongitude(), job.dropoffAddress());
        this.pay = Pay.of(job.earning(), reader);
        this.pickupLatitude = job.pickupLatitude();
        this.pickupLongitude = job.pickupLongitude();
        this.dropoffLatitude = job.dropoffLatitude();
        this.dropoffLongitude = job.dropoffLongitude();
        this.partOfTour = job.groupId() != null;
    }

    /** A {@code geo:} link, which a phone opens in its navigation app; by address when the place is not known. */
    static String geo(Double latitude, Double longitude, String address) {
        if (latitude == null || longitude == null) {
            return "geo:0,0?q=" + encode(address);
        }
        String at = String.format(Locale.ROOT, "%.6f,%.6f", latitude, longitude);
        return "geo:" + at + "?q=" + at;
    }

    /** The same place as a web map's directions, for a browser without a navigation app. */
    static String map(Double latitude, Double longitude, String address) {
        String destination = latitude == null || longitude == null ? encode(address)
                : String.format(Locale.ROOT, "%.6f,%.6f", latitude, longitude);
        return "https://www.google.com/maps/dir/?api=1&destination=" + destination;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }

    public long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    /** A job status; pages translate it with {@code enum.JobStatus.<status>}. */
    public String getStatus() {
        return status;
    }

    public boolean isOffered() {
        return "OFFERED".equals(status);
    }

    public boolean isAssigned() {
        return "ASSIGNED".equals(status);
    }

    public boolean isPickedUp() {
        return "PICKED_UP".equals(status);
    }

    public String getPickupName() {
        return pickupName;
    }

    public String getPickupAddress() {
        return pickupAddress;
    }

    public String getDropoffAddress() {
        return dropoffAddress;
    }

    /** When the offer lapses, an ISO instant for the page's countdown. */
    public String getOfferExpiresAt() {
        return offerExpiresAt;
    }

    public String getPickupNavigation() {
        return pickupNavigation;
    }

    public String getDropoffNavigation() {
        return dropoffNavigation;
    }

    public String getPickupMap() {
        return pickupMap;
    }

    public String getDropoffMap() {
        return dropoffMap;
    }

    public Pay getPay() {
        return pay;
    }

    /** The job's own stops: its store (unless picked up), then its door; for a route read job by job. */
    List<RouteStop> ownStops() {
        List<RouteStop> stops = new ArrayList<>();
        if (!isPickedUp()) {
            stops.add(new RouteStop(0, true, orderId, pickupName, pickupAddress, pickupLatitude, pickupLongitude, "",
                    false));
        }
        stops.add(new RouteStop(0, false, orderId, null, dropoffAddress, dropoffLatitude, dropoffLongitude, "", false));
        return stops;
    }

    /** Whether the job is one store's part of a multi-store order: one tour, several pickups, one door. */
    public boolean isPartOfTour() {
        return partOfTour;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public void setFailureReason(String failureReason) {
        this.failureReason = failureReason;
    }

    public String getFailureNote() {
        return failureNote;
    }

    public void setFailureNote(String failureNote) {
        this.failureNote = failureNote;
    }

    public Part getFailurePhoto() {
        return failurePhoto;
    }

    public void setFailurePhoto(Part failurePhoto) {
        this.failurePhoto = failurePhoto;
    }

    /** The code the courier types: the store's at pickup, the customer's at delivery. */
    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
