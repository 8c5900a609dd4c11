package io.quartier.delivery.domain.model.courier;

import io.quartier.kernel.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Someone who delivers, keyed by its identity account. Made on its first use of the courier app, pending until an
 * admin approves it; only an approved courier who is online is offered jobs. The position is the last one known
 * (kept for dispatch: the live position goes to the data grid on each report, and here with each point of the trail).
 */
@Entity
@Table(name = "courier")
public class Courier {

    @Id
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Onboarding onboarding;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VehicleKind vehicle;

    @Column(name = "home_zone", length = 80)
    private String homeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Availability availability;

    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Courier() {
    }

    public Courier(long accountId, String name, Instant now) {
        this.id = accountId;
        this.name = name == null || name.isBlank() ? "#" + accountId : name.strip();
        this.onboarding = Onboarding.PENDING;
        this.vehicle = VehicleKind.BIKE;
        this.availability = Availability.OFFLINE;
        this.createdAt = now;
    }

    public void approve() {
        onboarding = Onboarding.APPROVED;
    }

    /** Stops the courier taking work: offline until approved again. */
    public void suspend() {
        onboarding = Onboarding.SUSPENDED;
        availability = Availability.OFFLINE;
    }

    /** Only an approved courier may go online; anyone may go offline or on a break. */
    public void changeAvailability(Availability now) {
        if (now == Availability.ONLINE && onboarding != Onboarding.APPROVED) {
            throw DomainException.conflict("problem.courier.notApproved", "courier " + id + " is " + onboarding);
        }
        availability = now;
    }

    public void describe(VehicleKind vehicle, String homeZone) {
        if (homeZone != null && homeZone.strip().length() > 80) {
            throw DomainException.invalid("problem.courier.invalidZone", "a home zone has at most 80 characters");
        }
        this.vehicle = vehicle;
        this.homeZone = homeZone == null || homeZone.isBlank() ? null : homeZone.strip();
    }

    /** Where the courier was last seen, as kept in its trail. */
    public void movedTo(double latitude, double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }

    /** Whether dispatch may offer it jobs now. */
    public boolean takesOffers() {
        return onboarding == Onboarding.APPROVED && availability == Availability.ONLINE;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Onboarding getOnboarding() {
        return onboarding;
    }

    public VehicleKind getVehicle() {
        return vehicle;
    }

    public String getHomeZone() {
        return homeZone;
    }

    public Availability getAvailability() {
        return availability;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }
}
