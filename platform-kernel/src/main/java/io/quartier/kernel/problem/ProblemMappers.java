package io.quartier.kernel.problem;

import io.quartier.kernel.domain.DomainException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** JAX-RS exception mappers answering every REST error as RFC 9457 problem details. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * A body JSON-B could not read: 400, unless reading it was stopped by a refusal of the platform's own (such as
     * {@link BodyLimit}'s 413), which JSON-B wraps.
     */
    static Response unreadable(Throwable e) {
        for (Throwable c = e; c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof ProblemException refusal) {
                return response(refusal.toProblem());
            }
        }
        return response(Problem.of(400, "problem.unreadable", "the request body is not valid JSON"));
    }

    @Provider
    public static class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
        @Override
        public Response toResponse(ProblemException e) {
            Response.ResponseBuilder answer = Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(e.toProblem());
            e.retryAfterSeconds().ifPresent(seconds -> answer.header("Retry-After", seconds));
            return answer.build();
        }
    }

    /** A domain refusal as a problem: its kind gives the status, its code and errors are kept as they are. */
    public static Problem problem(DomainException e) {
        int status = switch (e.kind()) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
        Problem problem = Problem.of(status, e.code(), e.getMessage());
        return e.errors().isEmpty() ? problem : problem.withErrors(e.errors());
    }

    @Provider
    public static class DomainExceptionMapper implements ExceptionMapper<DomainException> {
        @Override
        public Response toResponse(DomainException e) {
            return response(problem(e));
        }
    }

    @Provider
    public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            Map<String, Object> errors = new LinkedHashMap<>();
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                String path = v.getPropertyPath().toString();
                errors.put(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
            }
            return response(Problem.of(400, "problem.invalid", "the request has invalid fields").withErrors(errors));
        }
    }

    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (e.getCause() instanceof JsonbException) {
                return unreadable(e);
            }
            return response(Problem.of(status, "problem.http." + status, e.getMessage()));
        }
    }

    @Provider
    public static class JsonMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return unreadable(e);
        }
    }

    @Provider
    public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof JsonbException || c instanceof jakarta.json.JsonException) {
                    return unreadable(e);
                }
            }
            LOG.log(Level.WARNING, "downstream call failed", e);
            return response(Problem.of(503, "problem.unavailable", "a service this call needs did not answer"));
        }
    }

    @Provider
    public static class UnexpectedMapper implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause != cause.getCause()) {
                if (cause instanceof ProblemException || cause instanceof DomainException) {
                    break;
                }
                cause = cause.getCause();
            }
            if (cause instanceof ProblemException pe) {
                return response(pe.toProblem());
            }
            if (cause instanceof DomainException de) {
                return response(problem(de));
            }
            LOG.log(Level.SEVERE, "unexpected error", e);
            return response(Problem.of(500, "problem.internal", "unexpected error; it has been logged"));
        }
    }
}
