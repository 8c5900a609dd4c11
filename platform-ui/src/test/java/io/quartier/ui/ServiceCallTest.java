package io.quartier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ProcessingException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceCallTest {

    private final List<RuntimeException> shown = new ArrayList<>();

    @Test
    void aCallThatGoesThroughShowsNothing() {
        assertTrue(ServiceCall.run(() -> { }, shown::add));
        assertEquals(List.of(), shown);
    }

    @Test
    void aFailedCallIsShownInsteadOfThrown() {
        ProcessingException unreachable = new ProcessingException("refused");

        assertFalse(ServiceCall.run(() -> {
            throw unreachable;
        }, shown::add));
        assertEquals(List.of(unreachable), shown);
    }
}
