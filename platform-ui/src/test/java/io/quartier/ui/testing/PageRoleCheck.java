package io.quartier.ui.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fails a build when a page asks the container whether the reader holds a role ({@code request.isUserInRole}): Payara 6
 * sometimes answers a logged-in reader wrongly under load, so pages ask {@code userSession.hasRole} (see PageGuard).
 */
public final class PageRoleCheck {

    private PageRoleCheck() {
    }

    public static void assertClean(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<String> asking = files.filter(f -> f.toString().endsWith(".xhtml")).filter(PageRoleCheck::asks)
                    .map(Path::toString).sorted().toList();
            if (!asking.isEmpty()) {
                throw new AssertionError("pages asking request.isUserInRole instead of userSession.hasRole: " + asking);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean asks(Path page) {
        try {
            return Files.readString(page).contains("isUserInRole");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
