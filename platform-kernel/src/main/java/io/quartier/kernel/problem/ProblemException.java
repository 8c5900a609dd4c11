package io.quartier.kernel.problem;

/** Thrown by application code to answer with a problem: a status and a message key. */
@jakarta.ejb.ApplicationException(rollback = true)
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;

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

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Problem toProblem() {
        return Problem.of(status, code, getMessage());
    }
}
