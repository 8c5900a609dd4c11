package io.quartier.ordering.domain.model.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A product of an order, with the name and unit price it had when the order was placed. */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    @SequenceGenerator(name = "order_line_seq", sequenceName = "order_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_line_seq")
    private Long id;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price_minor", nullable = false)
    private long unitPriceMinor;

    /** The product's VAT rate in basis points when ordered; null on lines of orders placed before it was kept. */
    @Column(name = "vat_basis_points")
    private Integer vatBasisPoints;

    protected OrderLine() {
    }

    OrderLine(long productId, String name, int quantity, long unitPriceMinor, int vatBasisPoints) {
        this.productId = productId;
        this.name = name;
        this.quantity = quantity;
        this.unitPriceMinor = unitPriceMinor;
        this.vatBasisPoints = vatBasisPoints;
    }

    /** What the line costs, VAT included: its unit price times its quantity. */
    public long amountMinor() {
        return Math.multiplyExact(unitPriceMinor, quantity);
    }

    public long getProductId() {
        return productId;
    }

    public String getName() {
        return name;
    }

    public int getQuantity() {
        return quantity;
    }

    public long getUnitPriceMinor() {
        return unitPriceMinor;
    }

    public Integer getVatBasisPoints() {
        return vatBasisPoints;
    }
}
