package io.quartier.ui.security;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the login page sends a caller back to: the page {@link PageGuard} stopped, given as {@value #PARAMETER}. Only a
 * path of this webapp is taken, so that a link to the login page cannot send anyone to another site afterwards.
 */
public final class LoginReturn {

    public static final String PARAMETER = "next";

    /** A path inside the webapp: one leading slash, no scheme, no second slash or backslash after it, no line breaks. */
    private static final Pattern LOCAL = Pattern.compile("/(?![/\\\\])[^\\s\\\\]{0,500}");

    private LoginReturn() {
    }

    /** The path to go back to, when {@code next} is one of this webapp's. */
    public static Optional<String> of(String next) {
        return next != null && LOCAL.matcher(next).matches() && !next.contains("://") ? Optional.of(next) : Optional.empty();
    }
}
