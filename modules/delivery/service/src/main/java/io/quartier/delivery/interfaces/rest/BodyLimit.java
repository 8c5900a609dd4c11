package io.quartier.delivery.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * No delivery request needs more than a few hundred bytes: a body over {@value #MAX_BYTES} bytes is refused with 413
 * {@code problem.tooLarge} before it is read (by its length) or as soon as it passes the limit (a chunked one). A
 * delivery photo is the exception: its resource reads it with its own limit.
 */
@Provider
public class BodyLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 16 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().endsWith("/delivery-photo")) {
            return;
        }
        if (request.getLength() > MAX_BYTES) {
            throw io.quartier.kernel.problem.BodyLimit.tooLarge(MAX_BYTES);
        }
        if (request.hasEntity()) {
            request.setEntityStream(io.quartier.kernel.problem.BodyLimit.bounded(request.getEntityStream(), MAX_BYTES));
        }
    }
}
