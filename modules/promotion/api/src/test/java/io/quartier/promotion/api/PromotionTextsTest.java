package io.quartier.promotion.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromotionTextsTest {

    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "de", "ar");

    @Test
    void everyLanguageHasExactlyTheEnglishKeys() {
        Set<String> english = bundle("en").keySet();
        for (String language : LANGUAGES) {
            ResourceBundle bundle = bundle(language);
            assertEquals(english, Set.copyOf(bundle.keySet()), language);
            for (String key : english) {
                assertNotEquals("", bundle.getString(key).strip(), language + " " + key);
            }
        }
    }

    @Test
    void everyLanguageHasItsOwnFileWithEveryReasonTheModuleAnswers() {
        for (String language : LANGUAGES) {
            ResourceBundle bundle = bundle(language);
            assertEquals(language, bundle.getLocale().getLanguage());
            for (String reason : List.of(PromotionTexts.UNKNOWN_CODE, PromotionTexts.TOTAL_LIMIT,
                    PromotionTexts.UNAVAILABLE, PromotionTexts.kind("FREE_DELIVERY"))) {
                assertNotEquals("", bundle.getString(reason).strip(), language + " " + reason);
            }
        }
    }

    @Test
    void aCouponsNameShowsItsCode() {
        assertEquals("Code promo WELCOME10", java.text.MessageFormat.format(
                bundle("fr").getString(PromotionTexts.kind("COUPON")), "WELCOME10"));
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(PromotionTexts.BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
