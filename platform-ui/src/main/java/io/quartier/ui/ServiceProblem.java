package io.quartier.ui;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A call to another context answered with an error; {@code code} is the problem's message key. */
public class ServiceProblem extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final List<String> details;

    public ServiceProblem(String code, Response response) {
        this(code, List.of(), response);
    }

    /** {@code details} are the codes of the problem's {@code errors.violations}, for a message each. */
    public ServiceProblem(String code, List<String> details, Response response) {
        super(code + " (HTTP " + response.getStatus() + ")", response);
        this.code = code;
        this.details = List.copyOf(details);
    }

    public List<String> details() {
        return details;
    }

    public String code() {
        return code;
    }

    public int status() {
        return getResponse().getStatus();
    }
}
