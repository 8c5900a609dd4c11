package io.quartier.backoffice;

import io.quartier.ui.testing.PageRoleCheck;
import io.quartier.ui.testing.PageTextCheck;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PagesTest {

    @Test
    void everyTextOnThePagesComesFromTheBundle() {
        PageTextCheck.assertClean(Path.of("src/main/webapp"));
    }

    @Test
    void pagesAskTheSessionsLoginForRoles() {
        PageRoleCheck.assertClean(Path.of("src/main/webapp"));
    }
}
