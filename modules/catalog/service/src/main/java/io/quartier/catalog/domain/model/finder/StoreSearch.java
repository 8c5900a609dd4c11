package io.quartier.catalog.domain.model.finder;

import io.quartier.catalog.domain.model.merchant.MerchantType;
import io.quartier.catalog.domain.model.product.DietaryTag;
import io.quartier.catalog.domain.model.product.Texts;
import io.quartier.kernel.domain.DomainException;
import java.util.Locale;

/**
 * What a customer narrows the stores near a place to; every part is optional (null). A store matches when it is of
 * {@code type}, has a shelf named {@code shelf} (whole name, any case), has a product (not archived) with
 * {@code dietaryTag}, and, for {@code text}, when its name or the name of one of its products contains the text in
 * any case. Names are read as the customer reads them: in {@code language}, else in the store's language, else in
 * English (the {@link io.quartier.catalog.domain.model.product.TranslationFallback} rule); {@code language} null
 * reads each store in its own.
 */
public record StoreSearch(MerchantType type, String shelf, DietaryTag dietaryTag, String text, String language) {

    /** A search text longer than this is not something a person typed into a search box. */
    public static final int LONGEST_TEXT = 100;

    /** No filter: every store near the place. */
    public static StoreSearch everything(String language) {
        return new StoreSearch(null, null, null, null, language);
    }

    /**
     * A search from what a caller sent: names of the enums in any case, blank meaning absent.
     *
     * @param language a supported language or null, already checked
     * @throws DomainException invalid {@code catalog.search.invalidType}, {@code catalog.search.invalidTag} or
     *                         {@code catalog.search.tooLong}
     */
    public static StoreSearch of(String type, String shelf, String dietaryTag, String text, String language) {
        return new StoreSearch(
                parse(MerchantType.class, type, "catalog.search.invalidType"),
                bounded(shelf, Texts.CATEGORY_NAME_MAX),
                parse(DietaryTag.class, dietaryTag, "catalog.search.invalidTag"),
                bounded(text, LONGEST_TEXT),
                language);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String code) {
        String given = blankToNull(name);
        if (given == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, given.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(code, "not a " + type.getSimpleName() + ": " + abbreviated(given));
        }
    }

    private static String bounded(String text, int longest) {
        String given = blankToNull(text);
        if (given != null && given.length() > longest) {
            throw DomainException.invalid("catalog.search.tooLong", "at most " + longest + " characters");
        }
        return given;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
