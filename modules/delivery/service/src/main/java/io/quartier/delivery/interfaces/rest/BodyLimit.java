package io.quartier.delivery.interfaces.rest;

import io.quartier.kernel.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

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
            throw tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream()));
        }
    }

    private static ProblemException tooLarge() {
        return new ProblemException(413, "problem.tooLarge", "a request body has at most " + MAX_BYTES + " bytes");
    }

    /** Counts what is read and stops past the limit. */
    private static final class Bounded extends FilterInputStream {

        private long read;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw tooLarge();
            }
        }
    }
}
