package io.quartier.catalog.domain.model.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.catalog.domain.model.merchant.Merchant;
import io.quartier.catalog.domain.model.merchant.MerchantType;
import io.quartier.catalog.domain.model.store.Store;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TranslationFallbackTest {

    private static final Map<String, String> FR_EN_AR = Map.of("fr", "Harira", "en", "Harira soup", "ar", "حريرة");

    @Test
    void givesTheRequestedLanguageWhenTranslated() {
        assertEquals("حريرة", TranslationFallback.pick(FR_EN_AR, "ar", "fr").orElseThrow());
    }

    @Test
    void fallsBackToTheStoreLanguage() {
        assertEquals("Harira", TranslationFallback.pick(FR_EN_AR, "de", "fr").orElseThrow());
    }

    @Test
    void fallsBackToEnglishWhenTheStoreLanguageIsMissingToo() {
        assertEquals("Harira soup", TranslationFallback.pick(FR_EN_AR, "es", "de").orElseThrow());
    }

    @Test
    void noRequestedLanguageMeansTheStoreLanguage() {
        assertEquals("حريرة", TranslationFallback.pick(FR_EN_AR, null, "ar").orElseThrow());
    }

    @Test
    void showsSomeTextRatherThanNoneWhenEnglishIsMissing() {
        Map<String, String> noEnglish = Map.of("fr", "Brie de Meaux", "ar", "جبن بري");
        assertEquals("جبن بري", TranslationFallback.pick(noEnglish, "de", "es").orElseThrow(), "first by language code");
    }

    @Test
    void nothingToPickFromGivesNothing() {
        assertTrue(TranslationFallback.pick(Map.of(), "en", "en").isEmpty());
    }

    @Test
    void productUsesItsStoreLanguageAsFallback() {
        Store paris = new Store(new Merchant("Chez Marcel", MerchantType.RESTAURANT), "Chez Marcel – Pigalle",
                "Paris", "FR", "EUR", "Europe/Paris", "fr", 48.88, 2.33);
        Product dish = new Product(paris, 1850, 1000, true, 1);
        dish.translate("fr", "Boeuf bourguignon", null);
        dish.translate("en", "Beef bourguignon", null);

        assertEquals("Beef bourguignon", dish.translation("en").orElseThrow().getName());
        assertEquals("Boeuf bourguignon", dish.translation("ar").orElseThrow().getName());
        assertEquals("Boeuf bourguignon", dish.translation(null).orElseThrow().getName());
    }
}
