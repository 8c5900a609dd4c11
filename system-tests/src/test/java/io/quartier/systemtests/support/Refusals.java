package io.quartier.systemtests.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a refused request must look like: 400 or 413, with a problem of the platform's (never a 5xx, never a stack). */
public final class Refusals {

    private Refusals() {
    }

    /** {@code response} refused {@code body} (named, shortened, in the failure) with 400 or 413 and a problem code. */
    public static void refused(Api.Response response, String body) {
        String sent = body.length() <= 120 ? body : body.substring(0, 120) + "... (" + body.length() + " characters)";
        assertTrue(response.status() == 400 || response.status() == 413, () -> sent + " -> " + shortened(response));
        assertTrue(response.body().isEmpty() || response.body().contains("\"code\":\"problem."),
                () -> sent + " -> " + shortened(response));
    }

    private static String shortened(Api.Response response) {
        String s = response.toString();
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
