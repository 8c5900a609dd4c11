package io.quartier.ui.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageTextCheckTest {

    private static final Set<String> KEYS = Set.of("layout.brand", "layout.login", "layout.logout",
            "enum.OrderStatus.PLACED", "sample");

    @Test
    void acceptsPagesWhoseTextAllComesFromTheBundle() {
        assertEquals(List.of(), PageTextCheck.check(Path.of("src/test/resources/pages/clean"), KEYS));
    }

    @Test
    void reportsLiteralTextLiteralAttributesAndUnknownKeys() {
        List<String> problems = PageTextCheck.check(Path.of("src/test/resources/pages/dirty"), KEYS);

        assertTrue(problems.stream().anyMatch(p -> p.contains("\"Welcome\"")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("value=\"Order now\"")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("placeholder=")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("missing bundle key 'no.such.key'")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("missing bundle key 'noSuchKeyEither'")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("no bundle key starts with 'no.such.prefix.'")),
                problems::toString);
        assertEquals(6, problems.size(), problems::toString);
    }

    @Test
    void punctuationBetweenExpressionsIsNotLiteralText() {
        assertFalse(PageTextCheck.isLiteral("#{a} · #{b} (#{c})"));
        assertFalse(PageTextCheck.isLiteral("#{x == '}' ? 'Yes' : 'No'}"));
        assertTrue(PageTextCheck.isLiteral("#{a} items"));
    }

    @Test
    void theSharedLayoutIsClean() {
        PageTextCheck.assertClean(Path.of("src/main/resources/META-INF/resources"));
    }
}
