package io.quartier.kernel.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/** Thrown by application code to answer with a problem: a status and a message key. */
@jakarta.ejb.ApplicationException(rollback = true)
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, Object> errors = new LinkedHashMap<>();
    private java.time.Duration retryAfter;

    public ProblemException(int status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "problem.notFound", what + " " + id + " not found");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "problem.forbidden", detail);
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, detail);
    }

    public static ProblemException invalid(String code, String detail) {
        return new ProblemException(400, code, detail);
    }

    /** 503: the outcome is not known yet; the same request may be sent again. */
    public static ProblemException unavailable(String code, String detail) {
        return new ProblemException(503, code, detail);
    }

    /** Adds an entry to the problem's {@code errors}: which field or item is at fault, for a client to show. */
    public ProblemException withError(String key, Object value) {
        errors.put(key, value);
        return this;
    }

    /** Tells the client when to try again (the {@code Retry-After} header of a 429 or 503). */
    public ProblemException retryAfter(java.time.Duration wait) {
        this.retryAfter = wait;
        return this;
    }

    /** Seconds to wait before trying again, when the problem says so. */
    public java.util.OptionalLong retryAfterSeconds() {
        return retryAfter == null ? java.util.OptionalLong.empty()
                : java.util.OptionalLong.of(Math.max(1, retryAfter.toSeconds() + (retryAfter.toMillisPart() > 0 ? 1 : 0)));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Problem toProblem() {
        Problem problem = Problem.of(status, code, getMessage());
        return errors.isEmpty() ? problem : problem.withErrors(Map.copyOf(errors));
    }
}
