package io.quartier.catalog.domain.model.finder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.catalog.api.StoreFilters;
import io.quartier.catalog.domain.model.merchant.MerchantType;
import io.quartier.catalog.domain.model.product.DietaryTag;
import io.quartier.kernel.domain.DomainException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StoreSearchTest {

    @Test
    void filtersAreReadInAnyCaseAndBlankMeansNone() {
        assertEquals(new StoreSearch(MerchantType.GROCERY, "Desserts", DietaryTag.GLUTEN_FREE, "soupe", "fr"),
                StoreSearch.of("grocery", " Desserts ", "Gluten_Free", "  soupe ", "fr"));
        assertEquals(StoreSearch.everything(null), StoreSearch.of(" ", "", null, "\t", null));
    }

    @Test
    void unknownTypesAndTagsAreRefused() {
        assertEquals("catalog.search.invalidType",
                assertThrows(DomainException.class, () -> StoreSearch.of("bakery", null, null, null, null)).code());
        assertEquals("catalog.search.invalidTag",
                assertThrows(DomainException.class, () -> StoreSearch.of(null, null, "carnivore", null, null)).code());
    }

    @Test
    void aSearchTextHasAtMostAHundredCharacters() {
        assertEquals("x".repeat(100), StoreSearch.of(null, null, null, "x".repeat(100), null).text());
        assertEquals("catalog.search.tooLong", assertThrows(DomainException.class,
                () -> StoreSearch.of(null, null, null, "x".repeat(101), null)).code());
        assertEquals("catalog.search.tooLong", assertThrows(DomainException.class,
                () -> StoreSearch.of(null, "y".repeat(81), null, null, null)).code());
    }

    @Test
    void theApiOffersExactlyTheTypesAndTagsTheCatalogKnows() {
        assertEquals(Arrays.stream(MerchantType.values()).map(Enum::name).toList(), StoreFilters.MERCHANT_TYPES);
        assertEquals(Arrays.stream(DietaryTag.values()).map(Enum::name).toList(), StoreFilters.DIETARY_TAGS);
    }
}
