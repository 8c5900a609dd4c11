package io.quartier.delivery.domain.model.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A multi-store order as delivery sees it: one door, so one code the customer gives the courier for every part. Its
 * row is locked while a part's job is made, so two parts accepted at once are made one after the other and the
 * second sees the first (made at the same moment, the second insert fails and its event is delivered again).
 */
@Entity
@Table(name = "delivery_tour")
public class Tour {

    @Id
    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "delivery_code", nullable = false, length = 8)
    private String deliveryCode;

    protected Tour() {
    }

    public Tour(long groupId) {
        this.groupId = groupId;
        this.deliveryCode = Codes.fourDigits();
    }

    public long getGroupId() {
        return groupId;
    }

    public String getDeliveryCode() {
        return deliveryCode;
    }
}
