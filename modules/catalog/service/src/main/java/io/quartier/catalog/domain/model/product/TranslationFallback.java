package io.quartier.catalog.domain.model.product;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which translation a reader gets: the language asked for, else the store's language, else English.
 * A text missing in all three still shows in some language (the first by language code) rather than not at all.
 */
public final class TranslationFallback {

    /** The language every product is expected to have. */
    public static final String LAST_RESORT = "en";

    private TranslationFallback() {
    }

    public static <T> Optional<T> pick(Map<String, T> byLanguage, String requested, String storeLanguage) {
        for (String language : order(requested, storeLanguage)) {
            T text = byLanguage.get(language);
            if (text != null) {
                return Optional.of(text);
            }
        }
        return new TreeMap<>(byLanguage).values().stream().findFirst();
    }

    static Set<String> order(String requested, String storeLanguage) {
        Set<String> order = new LinkedHashSet<>();
        if (requested != null) {
            order.add(requested);
        }
        if (storeLanguage != null) {
            order.add(storeLanguage);
        }
        order.add(LAST_RESORT);
        return order;
    }
}
