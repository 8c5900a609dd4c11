package io.quartier.catalog.domain.model.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** So many units of one product held by a reservation. */
@Embeddable
public class ReservedLine {

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(nullable = false)
    private int quantity;

    protected ReservedLine() {
    }

    public ReservedLine(long productId, int quantity) {
        this.productId = productId;
        this.quantity = quantity;
    }

    public long getProductId() {
        return productId;
    }

    public int getQuantity() {
        return quantity;
    }
}
