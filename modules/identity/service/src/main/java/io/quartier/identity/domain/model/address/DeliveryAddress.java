package io.quartier.identity.domain.model.address;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Where a customer has things delivered: a label of theirs ("Home"), the address line, and where the line is. */
@Entity
@Table(name = "delivery_address")
public class DeliveryAddress {

    @Id
    @SequenceGenerator(name = "delivery_address_seq", sequenceName = "delivery_address_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_address_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 40)
    private String label;

    @Column(nullable = false, length = 300)
    private String line;

    @Column(nullable = false)
    private double latitude;

    @Column(nullable = false)
    private double longitude;

    @Column(name = "default_address", nullable = false)
    private boolean defaultAddress;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DeliveryAddress() {
    }

    public DeliveryAddress(long accountId, String label, String line, double latitude, double longitude, Instant now) {
        this.accountId = accountId;
        this.createdAt = now;
        change(label, line, latitude, longitude);
    }

    public final void change(String label, String line, double latitude, double longitude) {
        this.label = label;
        this.line = line;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public void makeDefault(boolean isDefault) {
        this.defaultAddress = isDefault;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
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

    public boolean isDefault() {
        return defaultAddress;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
