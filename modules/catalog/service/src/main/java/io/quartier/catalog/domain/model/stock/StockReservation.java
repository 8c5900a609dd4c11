package io.quartier.catalog.domain.model.stock;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Stock held for an order, under the caller's reference. The units were taken from the products when it was
 * made; releasing gives them back once, whatever asks for it (the checkout that failed, the cancelled order,
 * the clock for a checkout that never finished).
 */
@Entity
@Table(name = "stock_reservation")
public class StockReservation {

    @Id
    @Column(length = 64)
    private String reference;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ReservationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "stock_reservation_line", joinColumns = @JoinColumn(name = "reference"))
    private List<ReservedLine> lines = new ArrayList<>();

    protected StockReservation() {
    }

    public StockReservation(String reference, long customerId, List<ReservedLine> lines, Instant now) {
        this.reference = reference;
        this.customerId = customerId;
        this.lines = new ArrayList<>(lines);
        this.status = ReservationStatus.HELD;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** True when this call released it: only then must its units go back. */
    public boolean release(Instant now) {
        if (status == ReservationStatus.RELEASED) {
            return false;
        }
        status = ReservationStatus.RELEASED;
        updatedAt = now;
        return true;
    }

    /** Its order exists: the clock no longer releases it. A released reservation stays released. */
    public void confirm(Instant now) {
        if (status == ReservationStatus.HELD) {
            status = ReservationStatus.CONFIRMED;
            updatedAt = now;
        }
    }

    public String getReference() {
        return reference;
    }

    public long getCustomerId() {
        return customerId;
    }

    public ReservationStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<ReservedLine> getLines() {
        return List.copyOf(lines);
    }
}
