package io.quartier.backoffice.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.backoffice.view.admin.CountryCount;
import io.quartier.catalog.api.StoreView;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountryCountTest {

    @Test
    void countsStoresPerCountry() {
        List<CountryCount> counts = CountryCount.of(List.of(store(1, "FR"), store(2, "GB"), store(3, "FR"),
                store(4, "MA")), Locale.GERMAN);

        assertEquals(List.of("FR", "GB", "MA"), counts.stream().map(CountryCount::getCode).toList());
        assertEquals(List.of(2L, 1L, 1L), counts.stream().map(CountryCount::getStores).toList());
        assertEquals("Frankreich", counts.get(0).getName());
    }

    private static StoreView store(long id, String country) {
        return new StoreView(id, id, "m", "GROCERY", "s" + id, "a", country, "EUR", "UTC", "en", 0, 0, "OPEN", null, null, null, null);
    }
}
