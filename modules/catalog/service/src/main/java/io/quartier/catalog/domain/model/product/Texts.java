package io.quartier.catalog.domain.model.product;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules for catalog texts in several languages: only supported languages, a non-blank name in the store's
 * own language (what every other language falls back to), lengths the columns hold. Returns the codes of
 * what is wrong (empty when all is well), so that a client can show every problem at once.
 */
public final class Texts {

    public static final int NAME_MAX = 160;
    public static final int DESCRIPTION_MAX = 1000;
    public static final int CATEGORY_NAME_MAX = 80;

    private Texts() {
    }

    public static List<String> checkProduct(Map<String, String> names, Map<String, String> descriptions,
                                            String fallbackLanguage) {
        List<String> codes = new ArrayList<>(checkNames(names, fallbackLanguage, NAME_MAX, "catalog.product"));
        descriptions.forEach((language, text) -> {
            if (text != null && text.length() > DESCRIPTION_MAX) {
                codes.add("catalog.product.descriptionTooLong");
            }
        });
        return codes.stream().distinct().toList();
    }

    /** For names of products ({@code prefix} catalog.product) or categories (catalog.category). */
    public static List<String> checkNames(Map<String, String> names, String fallbackLanguage, int max, String prefix) {
        List<String> codes = new ArrayList<>();
        if (names == null || names.get(fallbackLanguage) == null || names.get(fallbackLanguage).isBlank()) {
            codes.add(prefix + ".fallbackNameMissing");
        }
        if (names != null) {
            names.forEach((language, name) -> {
                if (!Languages.isSupported(language)) {
                    codes.add("catalog.unsupportedLanguage");
                } else if (name != null && name.strip().length() > max) {
                    codes.add(prefix + ".nameTooLong");
                }
            });
        }
        return codes.stream().distinct().toList();
    }
}
