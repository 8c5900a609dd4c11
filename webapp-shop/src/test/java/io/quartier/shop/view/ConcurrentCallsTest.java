package io.quartier.shop.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.ProcessingException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ConcurrentCallsTest {

    @Test
    void aFailedCallIsThrownAsTheCallThrewItSoThePageShowsItsProblem() {
        ProcessingException timedOut = new ProcessingException("read timed out");
        CompletableFuture<String> failed = CompletableFuture.supplyAsync(() -> {
            throw timedOut;
        });

        assertSame(timedOut, assertThrows(ProcessingException.class, () -> ConcurrentCalls.answer(failed)));
        assertEquals("done", ConcurrentCalls.answer(CompletableFuture.supplyAsync(() -> "done")));
    }
}
