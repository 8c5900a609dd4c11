package io.quartier.delivery.domain.model.job;

import io.quartier.kernel.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Taking one order from a store to its customer. Offered to every courier until one picks it up. */
@Entity
@Table(name = "delivery_job")
public class DeliveryJob {

    /** Where a job is. */
    public enum Status { OFFERED, PICKED_UP, DELIVERED }

    @Id
    @SequenceGenerator(name = "delivery_job_seq", sequenceName = "delivery_job_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_job_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "order_id", nullable = false, unique = true)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "pickup_name", nullable = false, length = 200)
    private String pickupName;

    @Column(name = "pickup_address", nullable = false, length = 300)
    private String pickupAddress;

    @Column(name = "dropoff_address", nullable = false, length = 300)
    private String dropoffAddress;

    @Column(name = "courier_id")
    private Long courierId;

    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;

    @Column(name = "picked_up_at")
    private Instant pickedUpAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected DeliveryJob() {
    }

    public DeliveryJob(long orderId, String pickupName, String pickupAddress, String dropoffAddress) {
        this.orderId = orderId;
        this.pickupName = pickupName;
        this.pickupAddress = pickupAddress;
        this.dropoffAddress = dropoffAddress;
        this.status = Status.OFFERED;
        this.offeredAt = Instant.now();
    }

    /** The courier has the order in hand; an offered job becomes theirs. */
    public void pickUp(long courier) {
        if (status != Status.OFFERED) {
            throw DomainException.conflict("problem.job.wrongStatus", "job " + id + " is " + status);
        }
        courierId = courier;
        status = Status.PICKED_UP;
        pickedUpAt = Instant.now();
    }

    public void deliver(long courier) {
        if (courierId == null || courierId != courier) {
            throw DomainException.forbidden("job " + id + " belongs to another courier");
        }
        if (status != Status.PICKED_UP) {
            throw DomainException.conflict("problem.job.wrongStatus", "job " + id + " is " + status);
        }
        status = Status.DELIVERED;
        deliveredAt = Instant.now();
    }

    public boolean isVisibleTo(long courier) {
        return status == Status.OFFERED || (courierId != null && courierId == courier);
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public Status getStatus() {
        return status;
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

    public Long getCourierId() {
        return courierId;
    }
}
