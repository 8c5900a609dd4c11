package io.quartier.payment.domain.model.sale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Money for the parts of an order, VAT included, with the VAT in each part kept apart: its items, its delivery fee
 * and its tip (which carries none). What a sale charged, and what a refund gives back.
 */
@Embeddable
public class Charges {

    @Column(name = "items_gross_minor", nullable = false)
    private long itemsGrossMinor;

    @Column(name = "items_vat_minor", nullable = false)
    private long itemsVatMinor;

    @Column(name = "fee_gross_minor", nullable = false)
    private long feeGrossMinor;

    @Column(name = "fee_vat_minor", nullable = false)
    private long feeVatMinor;

    @Column(name = "tip_minor", nullable = false)
    private long tipMinor;

    protected Charges() {
    }

    public Charges(long itemsGrossMinor, long itemsVatMinor, long feeGrossMinor, long feeVatMinor, long tipMinor) {
        this.itemsGrossMinor = itemsGrossMinor;
        this.itemsVatMinor = itemsVatMinor;
        this.feeGrossMinor = feeGrossMinor;
        this.feeVatMinor = feeVatMinor;
        this.tipMinor = tipMinor;
    }

    public long totalMinor() {
        return Math.addExact(Math.addExact(itemsGrossMinor, feeGrossMinor), tipMinor);
    }

    public long itemsNetMinor() {
        return itemsGrossMinor - itemsVatMinor;
    }

    public long feeNetMinor() {
        return feeGrossMinor - feeVatMinor;
    }

    public long vatMinor() {
        return itemsVatMinor + feeVatMinor;
    }

    public long getItemsGrossMinor() {
        return itemsGrossMinor;
    }

    public long getItemsVatMinor() {
        return itemsVatMinor;
    }

    public long getFeeGrossMinor() {
        return feeGrossMinor;
    }

    public long getFeeVatMinor() {
        return feeVatMinor;
    }

    public long getTipMinor() {
        return tipMinor;
    }
}
