package io.quartier.catalog.domain.model.capacity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A placed order, counted against its store's window. Keyed by the order, so an order counts once however
 * often its event arrives; removed when the order is cancelled.
 */
@Entity
@Table(name = "counted_order")
public class CountedOrder {

    @Id
    @Column(name = "order_id")
    private long orderId;

    @Column(name = "store_id", nullable = false)
    private long storeId;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    protected CountedOrder() {
    }

    public CountedOrder(long orderId, long storeId, KitchenWindow window) {
        this.orderId = orderId;
        this.storeId = storeId;
        this.windowStart = window.start();
    }

    public long getOrderId() {
        return orderId;
    }

    public long getStoreId() {
        return storeId;
    }

    public Instant getWindowStart() {
        return windowStart;
    }
}
