package io.quartier.shop.view.courier;

import io.quartier.delivery.api.JobView;
import java.io.Serializable;

/** A delivery job for the courier's list. */
public class JobRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long orderId;
    private final String status;
    private final String pickupName;
    private final String pickupAddress;
    private final String dropoffAddress;

    public JobRow(JobView job) {
        this.id = job.id();
        this.orderId = job.orderId();
        this.status = job.status();
        this.pickupName = job.pickupName();
        this.pickupAddress = job.pickupAddress();
        this.dropoffAddress = job.dropoffAddress();
    }

    public long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    /** OFFERED, PICKED_UP or DELIVERED; pages translate it with {@code enum.JobStatus.<status>}. */
    public String getStatus() {
        return status;
    }

    public boolean isOffered() {
        return "OFFERED".equals(status);
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
}
