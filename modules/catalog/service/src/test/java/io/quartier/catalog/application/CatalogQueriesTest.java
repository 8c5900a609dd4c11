package io.quartier.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.kernel.problem.ProblemException;
import org.junit.jupiter.api.Test;

class CatalogQueriesTest {

    @Test
    void acceptsSupportedLanguagesWhateverTheirCase() {
        assertEquals("fr", CatalogQueries.language("fr"));
        assertEquals("ar", CatalogQueries.language(" AR "));
    }

    @Test
    void noLanguageLeavesTheChoiceToEachStore() {
        assertNull(CatalogQueries.language(null));
        assertNull(CatalogQueries.language(""));
    }

    @Test
    void refusesAnUnsupportedLanguageWithAProblemKey() {
        ProblemException e = assertThrows(ProblemException.class, () -> CatalogQueries.language("it"));
        assertEquals(400, e.status());
        assertEquals("problem.invalidLanguage", e.code());
    }
}
