package io.quartier.shop.suggestion;

import io.quartier.recommendation.api.RecommendationTexts;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The recommendation module's own texts (its api jar's bundle), in the reader's language. */
final class ModuleTexts {

    /** A language the module has no texts in reads its English ones (not the server's own language's). */
    private static final ResourceBundle.Control ONLY_THIS_LANGUAGE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ModuleTexts() {
    }

    /** The text of {@code key} with its arguments; empty for a key this shop does not know (a newer module's). */
    static String text(Locale locale, String key, Object... arguments) {
        try {
            return new MessageFormat(ResourceBundle.getBundle(RecommendationTexts.BUNDLE, locale, ONLY_THIS_LANGUAGE)
                    .getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            return "";
        }
    }
}
