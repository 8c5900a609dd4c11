package io.quartier.ordering.domain.model.order;

import io.quartier.kernel.domain.DomainException;
import java.util.Map;

/**
 * The VAT rate of a delivery fee: the standard rate of the store's country, whatever the rate of the food delivered
 * (the rule this platform applies to a delivery sold as a service of its own). The only place that rule lives.
 */
public final class DeliveryVat {

    private static final Map<String, Integer> STANDARD_RATE = Map.of(
            "FR", 2000,
            "GB", 2000,
            "MA", 2000,
            "DE", 1900,
            "ES", 2100);

    private DeliveryVat() {
    }

    /**
     * The rate in basis points for a store in {@code country} (ISO 3166 alpha-2).
     *
     * @throws DomainException conflict {@code problem.order.noDeliveryVat} for a country without a rate here
     */
    public static int basisPoints(String country) {
        Integer rate = country == null ? null : STANDARD_RATE.get(country);
        if (rate == null) {
            throw DomainException.conflict("problem.order.noDeliveryVat", "no standard VAT rate known for " + country);
        }
        return rate;
    }
}
