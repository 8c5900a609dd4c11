package io.quartier.catalog.domain.model.store;

import io.quartier.kernel.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What delivering from a store costs the customer and how long it takes, by the distance from the store to the
 * customer. The fee is in the store's currency, in minor units: a base fee, which covers the first kilometre, plus
 * a fee for each kilometre started beyond it. The time is the kitchen's preparation estimate plus the courier's
 * ride: the straight-line distance lengthened by {@value #DETOUR_PERCENT} % for the streets, at
 * {@value #COURIER_METRES_PER_MINUTE} m a minute (15 km/h, a bicycle or scooter in town, stops included), rounded
 * up to the minute.
 * <p>
 * Each store has its own terms, set by migration (zero fees and {@value #DEFAULT_PREPARATION_MINUTES} minutes for
 * a store nobody priced: no amount is right in every currency). Issue 10 moves delivery fees to the payment
 * context's delivery zones; these terms are the catalog's estimate until then.
 */
@Embeddable
public class DeliveryTerms {

    public static final int COURIER_METRES_PER_MINUTE = 250;
    public static final int DETOUR_PERCENT = 30;
    public static final int DEFAULT_PREPARATION_MINUTES = 20;
    /** No kitchen needs more than four hours for an order it takes for delivery. */
    public static final int MOST_PREPARATION_MINUTES = 240;
    static final int INCLUDED_METRES = 1000;

    @Column(name = "delivery_base_fee_minor", nullable = false)
    private long baseFeeMinor;

    @Column(name = "delivery_fee_per_km_minor", nullable = false)
    private long feePerKmMinor;

    @Column(name = "preparation_minutes", nullable = false)
    private int preparationMinutes;

    protected DeliveryTerms() {
    }

    /**
     * @throws DomainException invalid {@code catalog.delivery.invalidTerms} for a negative fee or a preparation
     *                         time outside 0 to {@value #MOST_PREPARATION_MINUTES} minutes
     */
    public DeliveryTerms(long baseFeeMinor, long feePerKmMinor, int preparationMinutes) {
        if (baseFeeMinor < 0 || feePerKmMinor < 0 || preparationMinutes < 0 || preparationMinutes > MOST_PREPARATION_MINUTES) {
            throw DomainException.invalid("catalog.delivery.invalidTerms",
                    "fee " + baseFeeMinor + " + " + feePerKmMinor + "/km, preparation " + preparationMinutes + " min");
        }
        this.baseFeeMinor = baseFeeMinor;
        this.feePerKmMinor = feePerKmMinor;
        this.preparationMinutes = preparationMinutes;
    }

    /** What a store gets until somebody prices its deliveries. */
    public static DeliveryTerms unpriced() {
        return new DeliveryTerms(0, 0, DEFAULT_PREPARATION_MINUTES);
    }

    /** The delivery fee, in the store's minor units, for a customer {@code distanceMetres} away. */
    public long feeMinor(long distanceMetres) {
        long beyond = Math.max(0, distanceMetres - INCLUDED_METRES);
        long startedKilometres = (beyond + 999) / 1000;
        return baseFeeMinor + feePerKmMinor * startedKilometres;
    }

    /** Minutes from the order to the door, for a customer {@code distanceMetres} away. */
    public int minutes(long distanceMetres) {
        long streetMetres = distanceMetres * (100 + DETOUR_PERCENT);
        long ride = (streetMetres + 100L * COURIER_METRES_PER_MINUTE - 1) / (100L * COURIER_METRES_PER_MINUTE);
        return preparationMinutes + (int) ride;
    }

    public long getBaseFeeMinor() {
        return baseFeeMinor;
    }

    public long getFeePerKmMinor() {
        return feePerKmMinor;
    }

    public int getPreparationMinutes() {
        return preparationMinutes;
    }
}
