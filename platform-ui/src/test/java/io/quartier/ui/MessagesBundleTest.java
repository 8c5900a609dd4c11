package io.quartier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MessagesBundleTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "de", "ar"})
    void everyTranslationHasExactlyTheEnglishKeysAndNoEmptyText(String language) throws IOException {
        Properties english = load("");
        Properties translation = load("_" + language);

        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translation.stringPropertyNames());
        Set<String> extra = new TreeSet<>(translation.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), missing, language + " lacks keys");
        assertEquals(Set.of(), extra, language + " has keys English does not");
        for (String key : translation.stringPropertyNames()) {
            assertFalse(translation.getProperty(key).isBlank(), language + ": empty " + key);
        }
    }

    @Test
    void englishHasNoEmptyText() throws IOException {
        Properties english = load("");
        for (String key : english.stringPropertyNames()) {
            assertFalse(english.getProperty(key).isBlank(), "empty " + key);
        }
    }

    /** messages_en exists, empty, so English never falls back to the JVM's default locale's bundle. */
    @Test
    void englishFileOnlyStopsTheFallbackToTheDefaultLocale() throws IOException {
        assertEquals(Set.of(), load("_en").stringPropertyNames());
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);
            assertEquals(load("").getProperty("login.failed"), bundle.getString("login.failed"));
        } finally {
            Locale.setDefault(before);
        }
    }

    /** The order statuses are checked where orders are shown, in the shop's tests. */
    @Test
    void enumLabelsAndProblemCodesAreTranslated() throws IOException {
        Properties english = load("");
        for (String key : Set.of("enum.JobStatus.OFFERED", "enum.JobStatus.PICKED_UP", "enum.JobStatus.DELIVERED",
                "enum.MerchantType.RESTAURANT", "enum.MerchantType.GROCERY", "enum.MerchantType.SPECIALTY",
                "problem.badCredentials", "problem.payment.declined", "problem.notFound", "problem.forbidden",
                "problem.invalid", "problem.unavailable", "problem.unexpected", "problem.order.productUnavailable",
                "problem.order.wrongStatus", "problem.idempotencyKeyReused", "problem.internal", "login.failed")) {
            assertTrue(english.containsKey(key), key);
        }
    }

    @Test
    void arabicIsReadAsUtf8() {
        ResourceBundle arabic = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("ar"));
        assertTrue(arabic.getString("login.failed").codePoints()
                .anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC));
    }

    private static Properties load(String suffix) throws IOException {
        String name = "io/quartier/ui/messages" + suffix + ".properties";
        try (InputStream in = MessagesBundleTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
