package io.quartier.ui;

import java.util.function.Consumer;

/**
 * A page's call to another context: when it fails, whether the context answered with a problem or could not be
 * reached, the page shows why, translated by {@link Problems}, instead of an error page.
 */
public final class ServiceCall {

    private ServiceCall() {
    }

    /** Runs the call; false when it failed, the reason then being on the page. */
    public static boolean run(Runnable call) {
        return run(call, Problems::show);
    }

    static boolean run(Runnable call, Consumer<RuntimeException> show) {
        try {
            call.run();
            return true;
        } catch (RuntimeException failure) {
            show.accept(failure);
            return false;
        }
    }
}
