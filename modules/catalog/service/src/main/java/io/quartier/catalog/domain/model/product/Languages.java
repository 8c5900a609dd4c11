package io.quartier.catalog.domain.model.product;

import java.util.Set;

/** The languages catalog texts may be asked for (the platform's bundle languages). */
public final class Languages {

    public static final Set<String> SUPPORTED = Set.of("en", "fr", "es", "de", "ar");

    private Languages() {
    }

    public static boolean isSupported(String language) {
        return SUPPORTED.contains(language);
    }
}
