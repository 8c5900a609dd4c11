package io.quartier.payment.domain.model.sale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One product of a captured order: how many, at what unit price (VAT included) and VAT rate (basis points). */
@Embeddable
public class SaleLine {

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price_minor", nullable = false)
    private long unitPriceMinor;

    @Column(name = "vat_basis_points", nullable = false)
    private int vatBasisPoints;

    protected SaleLine() {
    }

    public SaleLine(long productId, int quantity, long unitPriceMinor, int vatBasisPoints) {
        this.productId = productId;
        this.quantity = quantity;
        this.unitPriceMinor = unitPriceMinor;
        this.vatBasisPoints = vatBasisPoints;
    }

    public long getProductId() {
        return productId;
    }

    public int getQuantity() {
        return quantity;
    }

    public long getUnitPriceMinor() {
        return unitPriceMinor;
    }

    public int getVatBasisPoints() {
        return vatBasisPoints;
    }
}
