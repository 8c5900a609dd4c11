package io.quartier.kernel.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rule of the domain said no: what kind of refusal it is, a stable message key a client can translate, and the
 * items at fault. It knows nothing of HTTP: the edge (the kernel's problem mappers) turns the kind into a status.
 * Like {@code ProblemException} it is an EJB application exception that rolls the transaction back, so that a
 * refusal leaving a message-driven bean or a schedule behaves as it always did.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    /** What sort of refusal: the edge answers each with its own status. */
    public enum Kind {
        /** The request breaks a rule of its own (400). */
        INVALID,
        /** The caller may not do this to that thing (403). */
        FORBIDDEN,
        /** The thing does not exist, or is not the caller's (404). */
        NOT_FOUND,
        /** The thing's state does not allow it now (409). */
        CONFLICT
    }

    private final Kind kind;
    private final String code;
    private final Map<String, Object> errors = new LinkedHashMap<>();

    public DomainException(Kind kind, String code, String detail) {
        super(detail);
        this.kind = kind;
        this.code = code;
    }

    public static DomainException invalid(String code, String detail) {
        return new DomainException(Kind.INVALID, code, detail);
    }

    public static DomainException conflict(String code, String detail) {
        return new DomainException(Kind.CONFLICT, code, detail);
    }

    public static DomainException forbidden(String detail) {
        return new DomainException(Kind.FORBIDDEN, "problem.forbidden", detail);
    }

    /** Key {@code problem.notFound}, as every "not found" of the platform. */
    public static DomainException notFound(String what, Object id) {
        return new DomainException(Kind.NOT_FOUND, "problem.notFound", what + " " + id + " not found");
    }

    /** Adds an item at fault (a field, the products that ran short...), for a client to show. */
    public DomainException withError(String key, Object value) {
        errors.put(key, value);
        return this;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> errors() {
        return Map.copyOf(errors);
    }
}
