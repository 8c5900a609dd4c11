package io.quartier.ui;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** A call to another context answered with an error; {@code code} is the problem's message key. */
public class ServiceProblem extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public ServiceProblem(String code, Response response) {
        super(code + " (HTTP " + response.getStatus() + ")", response);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public int status() {
        return getResponse().getStatus();
    }
}
