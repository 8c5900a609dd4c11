package io.quartier.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.kernel.problem.ProblemException;
import org.junit.jupiter.api.Test;

class StoreFinderTest {

    @Test
    void aCallerWhoNamesNoLanguageGetsTheFirstSupportedOneItsBrowserAccepts() {
        assertEquals("fr", StoreFinder.accepted("fr-CH, fr;q=0.9, en;q=0.8"));
        assertEquals("de", StoreFinder.accepted("it;q=0.9, de;q=0.5"));
        assertNull(StoreFinder.accepted("it, pt"), "each store then speaks its own language");
        assertNull(StoreFinder.accepted(null));
    }

    @Test
    void anUnreadableHeaderIsRefused() {
        assertEquals("problem.invalidLanguage",
                assertThrows(ProblemException.class, () -> StoreFinder.accepted("fr;q=2;;")).code());
    }
}
