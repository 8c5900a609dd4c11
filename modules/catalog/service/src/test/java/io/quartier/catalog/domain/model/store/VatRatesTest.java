package io.quartier.catalog.domain.model.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.catalog.domain.model.merchant.MerchantType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VatRatesTest {

    @Test
    void restaurantMealsAndShopFoodAreTaxedDifferentlyWhereTheLawSaysSo() {
        assertEquals(Optional.of(1000), VatRates.of("FR", MerchantType.RESTAURANT));
        assertEquals(Optional.of(550), VatRates.of("FR", MerchantType.GROCERY));
        assertEquals(Optional.of(0), VatRates.of("GB", MerchantType.GROCERY));
        assertEquals(Optional.of(2000), VatRates.of("GB", MerchantType.RESTAURANT));
    }

    @Test
    void aCountryWithoutKnownRatesHasNone() {
        assertTrue(VatRates.of("ZZ", MerchantType.SPECIALTY).isEmpty());
    }
}
