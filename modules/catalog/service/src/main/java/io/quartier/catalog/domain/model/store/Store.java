package io.quartier.catalog.domain.model.store;

import io.quartier.catalog.domain.model.hours.Closure;
import io.quartier.catalog.domain.model.hours.OpeningRange;
import io.quartier.catalog.domain.model.hours.OpeningSchedule;
import io.quartier.catalog.domain.model.hours.WeeklyHours;
import io.quartier.catalog.domain.model.merchant.Merchant;
import io.quartier.kernel.domain.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A place a merchant sells from. Its country, currency, time zone and language are the store's own:
 * prices are in its currency, hours in its zone, and its language is the fallback for product texts.
 */
@Entity
@Table(name = "store")
public class Store {

    /**
     * How far a store delivers when its merchant has not said: 3 km, about 15 minutes by bicycle, the reach of a
     * neighbourhood shop (merchants set their own from 100 m to 50 km in the hours editor).
     */
    public static final int DEFAULT_DELIVERY_RADIUS_METRES = 3000;

    /** The farthest a merchant may deliver; it bounds the search for stores near a place. */
    public static final int LONGEST_DELIVERY_RADIUS_METRES = 50_000;

    /** The highest limit a merchant may set: no kitchen makes more orders in 15 minutes, so more is a slip. */
    public static final int MOST_ORDERS_PER_WINDOW = 1000;

    @Id
    @SequenceGenerator(name = "store_seq", sequenceName = "store_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "store_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "merchant_id", nullable = false)
    private Merchant merchant;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 300)
    private String address;

    /** ISO 3166-1 alpha-2. */
    @Column(nullable = false, length = 2)
    private String country;

    /** ISO 4217. */
    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(nullable = false)
    private double latitude;

    @Column(nullable = false)
    private double longitude;

    /** Read lazily: listings that don't show opening status don't pay for it. */
    @ElementCollection
    @CollectionTable(name = "store_opening_range", joinColumns = @JoinColumn(name = "store_id"))
    private List<OpeningRange> openingHours = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "store_closure", joinColumns = @JoinColumn(name = "store_id"))
    private List<Closure> closures = new ArrayList<>();

    /** The end of the merchant's pause ("busy mode"); null or past when not paused. */
    @Column(name = "paused_until")
    private Instant pausedUntil;

    /** The most orders the kitchen takes per 15-minute window; null for no limit. */
    @Column(name = "max_orders_per_window")
    private Integer maxOrdersPerWindow;

    /** How far it delivers, in metres, from its coordinates; null when the platform's default applies. */
    @Column(name = "delivery_radius_m")
    private Integer deliveryRadiusMetres;

    @Embedded
    private DeliveryTerms deliveryTerms = DeliveryTerms.unpriced();

    @Column(length = 30)
    private String phone;

    @Column(length = 200)
    private String email;

    /** The status last announced with StoreStatusChanged; the clock announces the changes time brings. */
    @Column(name = "announced_status", length = 24)
    private String announcedStatus;

    protected Store() {
    }

    public Store(Merchant merchant, String name, String address, String country, String currency, String timeZone,
                 String language, double latitude, double longitude) {
        this.merchant = merchant;
        this.name = name;
        this.address = address;
        this.country = country;
        this.currency = currency;
        this.timeZone = timeZone;
        this.language = language;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public Long getId() {
        return id;
    }

    public Merchant getMerchant() {
        return merchant;
    }

    public String getName() {
        return name;
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

    public String getTimeZone() {
        return timeZone;
    }

    public String getLanguage() {
        return language;
    }

    public double getLatitude() {
        return latitude;
    }

    public double getLongitude() {
        return longitude;
    }

    /**
     * Replaces the whole week of opening ranges, or nothing: an invalid week leaves the current one in place.
     *
     * @throws io.quartier.catalog.domain.model.hours.OpeningHoursRejected listing every violation
     */
    public void replaceOpeningHours(List<OpeningRange> week) {
        WeeklyHours.requireValid(week);
        openingHours.clear();
        openingHours.addAll(week);
    }

    /** Monday first, then by opening time. */
    public List<OpeningRange> getOpeningHours() {
        return openingHours.stream().sorted(OpeningRange.IN_WEEK_ORDER).toList();
    }

    /**
     * @throws DomainException conflict {@code catalog.closure.overlap} when it shares a day with a closure already set
     */
    public void addClosure(Closure closure) {
        for (Closure existing : closures) {
            if (existing.overlaps(closure)) {
                throw DomainException.conflict("catalog.closure.overlap", closure + " overlaps " + existing);
            }
        }
        closures.add(closure);
    }

    /** Removes the closure starting on {@code firstDay}; false when there is none. */
    public boolean removeClosure(LocalDate firstDay) {
        return closures.removeIf(c -> c.getFirstDay().equals(firstDay));
    }

    /** Earliest first. */
    public List<Closure> getClosures() {
        return closures.stream().sorted(Comparator.comparing(Closure::getFirstDay)).toList();
    }

    /**
     * Stops orders until {@code until} while keeping the weekly hours; a new pause replaces the current one.
     *
     * @throws DomainException invalid {@code catalog.pause.notInFuture} when {@code until} is not after {@code now}
     */
    public void pauseUntil(Instant until, Instant now) {
        if (until == null || !until.isAfter(now)) {
            throw DomainException.invalid("catalog.pause.notInFuture", "pause until " + until + " at " + now);
        }
        pausedUntil = until;
    }

    public void resume() {
        pausedUntil = null;
    }

    /** When the pause in force at {@code now} ends; empty when not paused. */
    public Optional<Instant> pausedUntil(Instant now) {
        return Optional.ofNullable(pausedUntil).filter(now::isBefore);
    }

    /**
     * Changes how customers reach the store and how far it delivers.
     *
     * @throws DomainException invalid with {@code catalog.store.*} codes, and nothing changed
     */
    public void changeContact(String newPhone, String newEmail, Integer newRadiusMetres) {
        String p = newPhone == null || newPhone.isBlank() ? null : newPhone.strip();
        String e = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
        if (p != null && !p.matches("\\+?[0-9 ().-]{6,30}")) {
            throw DomainException.invalid("catalog.store.invalidPhone", "not a phone number: " + p);
        }
        if (e != null && (e.length() > 200 || !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw DomainException.invalid("catalog.store.invalidEmail", "not an e-mail address: " + e);
        }
        if (newRadiusMetres != null && (newRadiusMetres < 100 || newRadiusMetres > LONGEST_DELIVERY_RADIUS_METRES)) {
            throw DomainException.invalid("catalog.store.invalidRadius", "radius " + newRadiusMetres);
        }
        phone = p;
        email = e;
        deliveryRadiusMetres = newRadiusMetres;
    }

    /** True when {@code status} differs from the last one announced; it then becomes the last one announced. */
    public boolean announce(String status) {
        if (status.equals(announcedStatus)) {
            return false;
        }
        announcedStatus = status;
        return true;
    }

    public Integer getDeliveryRadiusMetres() {
        return deliveryRadiusMetres;
    }

    /** How far it delivers: the merchant's radius, else {@value #DEFAULT_DELIVERY_RADIUS_METRES} m. */
    public int deliveryRadiusOrDefault() {
        return deliveryRadiusMetres == null ? DEFAULT_DELIVERY_RADIUS_METRES : deliveryRadiusMetres;
    }

    /** Whether {@code place} lies within its delivery radius of the store, as the crow flies. */
    public boolean deliversTo(Place place) {
        return location().metresTo(place) <= deliveryRadiusOrDefault();
    }

    public Place location() {
        return new Place(latitude, longitude);
    }

    public DeliveryTerms getDeliveryTerms() {
        return deliveryTerms;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public Integer getMaxOrdersPerWindow() {
        return maxOrdersPerWindow;
    }

    /**
     * Sets the most orders the kitchen takes per 15-minute window; null takes any number.
     *
     * @throws DomainException invalid {@code catalog.capacity.invalid} unless null or 1 to
     *                           {@value #MOST_ORDERS_PER_WINDOW}
     */
    public void limitOrdersPerWindow(Integer max) {
        if (max != null && (max < 1 || max > MOST_ORDERS_PER_WINDOW)) {
            throw DomainException.invalid("catalog.capacity.invalid", "orders per window " + max);
        }
        maxOrdersPerWindow = max;
    }

    /** Its hours, closures and pause, ready to answer whether and when it is open. */
    public OpeningSchedule openingSchedule() {
        return new OpeningSchedule(openingHours, closures, pausedUntil, ZoneId.of(timeZone));
    }
}
