package io.quartier.ui;

import java.util.Set;

/** Where a webapp sends a user right after login, by role. Each webapp provides one implementation. */
public interface LandingPages {

    /** A path inside the webapp, such as {@code /courier/jobs.xhtml}. */
    String after(Set<String> roles);
}
