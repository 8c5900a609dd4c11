package io.quartier.kernel.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a JSON body larger than any form or app sends (256 KB: a full basket or promotion is a few KB) with 413
 * {@code problem.tooLarge}: before it is read when its length is given, as soon as it passes the limit when it is
 * sent in chunks. A 1 MB body is neither parsed whole nor half-written. Photos and sheets are not JSON and keep
 * their own limits.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

    static final long MAX_JSON_BYTES = 256 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return;
        }
        if (request.getLength() > MAX_JSON_BYTES) {
            request.abortWith(ProblemMappers.response(tooLarge(MAX_JSON_BYTES).toProblem()));
        } else if (request.getLength() < 0 && request.hasEntity()) {
            request.setEntityStream(bounded(request.getEntityStream(), MAX_JSON_BYTES));
        }
    }

    /** {@code in}, ending with a 413 {@link ProblemException} once more than {@code limit} bytes are read from it. */
    public static InputStream bounded(InputStream in, long limit) {
        return new Bounded(in, limit);
    }

    public static ProblemException tooLarge(long limit) {
        return new ProblemException(413, "problem.tooLarge", "a request body has at most " + limit + " bytes");
    }

    /** Counts what is read and stops past the limit; the JSON reader's error then carries the 413. */
    static final class Bounded extends FilterInputStream {

        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
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
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
