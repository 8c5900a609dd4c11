package io.quartier.catalog.domain.model.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void aNameInTheStoresOwnLanguageIsRequiredBecauseEveryOtherFallsBackToIt() {
        assertEquals(List.of("catalog.product.fallbackNameMissing"),
                Texts.checkProduct(Map.of("en", "Cheese plate"), Map.of(), "fr"));
        assertEquals(List.of("catalog.product.fallbackNameMissing"),
                Texts.checkProduct(Map.of("fr", "   "), Map.of(), "fr"));
        assertTrue(Texts.checkProduct(Map.of("fr", "Assiette"), Map.of(), "fr").isEmpty());
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        List<String> codes = Texts.checkProduct(Map.of("xx", "?", "fr", "x".repeat(161)),
                Map.of("fr", "y".repeat(1001)), "fr");

        assertEquals(List.of("catalog.unsupportedLanguage", "catalog.product.nameTooLong",
                "catalog.product.descriptionTooLong").stream().sorted().toList(), codes.stream().sorted().toList());
    }

    @Test
    void categoriesFollowTheSameRuleWithTheirOwnCodes() {
        assertEquals(List.of("catalog.category.fallbackNameMissing"),
                Texts.checkNames(Map.of("en", "Mains"), "ar", Texts.CATEGORY_NAME_MAX, "catalog.category"));
    }
}
