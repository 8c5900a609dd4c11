package io.quartier.shop.view;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Calls to other services that a page makes at once rather than one after the other, on the container's executor. A
 * call runs on another thread: it must carry what it needs (the caller's bearer, the reader's language) in, and touch
 * nothing of the Faces request; its answer is read back on the request's thread.
 */
@ApplicationScoped
public class ConcurrentCalls {

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    /** Starts the call. */
    public <T> CompletableFuture<T> start(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, executor);
    }

    /** The call's answer, once it came; its failure thrown as the call threw it (a service's problem stays one). */
    public static <T> T answer(CompletableFuture<T> call) {
        try {
            return call.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed;
        }
    }
}
