package io.quartier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocaleSelectionTest {

    @Test
    void aRememberedChoiceWinsOverTheBrowser() {
        assertEquals("de", LocaleSelection.initialLanguage("de", Locale.FRANCE));
    }

    @Test
    void aFirstVisitFollowsTheBrowserWhenItsLanguageIsSupported() {
        assertEquals("fr", LocaleSelection.initialLanguage(null, Locale.CANADA_FRENCH));
        assertEquals("ar", LocaleSelection.initialLanguage(null, Locale.forLanguageTag("ar-MA")));
    }

    @Test
    void anythingElseIsEnglish() {
        assertEquals("en", LocaleSelection.initialLanguage("xx", Locale.JAPANESE));
        assertEquals("en", LocaleSelection.initialLanguage(null, null));
    }

    @Test
    void arabicReadsRightToLeft() {
        assertEquals("rtl", LocaleSelection.direction("ar"));
        assertEquals("ltr", LocaleSelection.direction("de"));
    }

    @Test
    void theSwitcherNamesEachLanguageInItself() {
        List<String> names = new LocaleSelection().getLanguages().stream().map(LocaleSelection.Language::getName).toList();
        assertEquals(List.of("English", "Français", "Español", "Deutsch", "العربية"), names);
    }
}
