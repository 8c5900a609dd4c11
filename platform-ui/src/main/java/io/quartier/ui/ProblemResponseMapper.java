package io.quartier.ui;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns every error answer of a REST client into a {@link ServiceProblem} carrying the problem's code. */
@Priority(Priorities.USER)
public class ProblemResponseMapper implements ResponseExceptionMapper<ServiceProblem> {

    @Override
    public ServiceProblem toThrowable(Response response) {
        String body = body(response);
        return new ServiceProblem(Problems.codeOf(body, response.getStatus()), body, response);
    }

    private static String body(Response response) {
        try {
            return response.hasEntity() ? response.readEntity(String.class) : null;
        } catch (RuntimeException unreadable) {
            // no readable body: the status alone picks the message
            return null;
        }
    }
}
