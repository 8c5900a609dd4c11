package io.quartier.kernel.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a JSON body larger than any form or app sends (256 KB: a full basket or promotion is a few KB) with 413
 * {@code problem.tooLarge}, before it is read: a 1 MB body is neither parsed nor half-written. Photos and sheets are
 * not JSON and keep their own limits.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

    static final long MAX_JSON_BYTES = 256 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && request.getLength() > MAX_JSON_BYTES) {
            request.abortWith(ProblemMappers.response(Problem.of(413, "problem.tooLarge",
                    "a JSON body has at most " + MAX_JSON_BYTES + " bytes")));
        }
    }
}
