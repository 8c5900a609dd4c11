package io.quartier.kernel.problem;

import java.net.URI;
import java.util.Map;

/**
 * RFC 9457 problem details. {@code code} is a stable message key a client can translate;
 * {@code detail} is for developers and logs.
 */
public record Problem(URI type, String title, int status, String detail, String code, Map<String, Object> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String code, String detail) {
        return new Problem(URI.create("urn:quartier:problem:" + code), code, status, detail, code, null);
    }

    public Problem withErrors(Map<String, Object> fieldErrors) {
        return new Problem(type, title, status, detail, code, fieldErrors);
    }
}
