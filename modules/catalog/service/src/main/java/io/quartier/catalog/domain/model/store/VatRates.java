package io.quartier.catalog.domain.model.store;

import io.quartier.catalog.domain.model.merchant.MerchantType;
import java.util.Map;
import java.util.Optional;

/**
 * The VAT rate, in basis points, that applies to what a kind of merchant sells in a country: restaurant meals
 * and food sold by shops are taxed differently in most countries. New products take it; a country missing here
 * cannot have stores yet.
 */
public final class VatRates {

    private record Rates(int restaurant, int shop) {
    }

    private static final Map<String, Rates> BY_COUNTRY = Map.of(
            "FR", new Rates(1000, 550),
            "GB", new Rates(2000, 0),
            "DE", new Rates(700, 700),
            "ES", new Rates(1000, 400),
            "MA", new Rates(1000, 1000));

    private VatRates() {
    }

    public static Optional<Integer> of(String country, MerchantType type) {
        return Optional.ofNullable(BY_COUNTRY.get(country))
                .map(rates -> type == MerchantType.RESTAURANT ? rates.restaurant() : rates.shop());
    }
}
