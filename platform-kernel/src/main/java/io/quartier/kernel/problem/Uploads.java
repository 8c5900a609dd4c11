package io.quartier.kernel.problem;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reading an uploaded file (a photo) with a limit. A body past the limit is still read, and dropped, up to
 * {@link #DRAIN_BYTES}, so the client gets the answer that refuses it rather than a reset connection; past that the
 * connection is cut off all the same.
 */
public final class Uploads {

    /** How much of a too large body is still read, to answer it properly. */
    public static final long DRAIN_BYTES = 20L * 1024 * 1024;

    private Uploads() {
    }

    /** At most {@code maxBytes + 1} bytes of the body: more than {@code maxBytes} means it was too large. */
    public static byte[] readAtMost(InputStream body, int maxBytes) throws IOException {
        byte[] head = body.readNBytes(maxBytes + 1);
        if (head.length > maxBytes) {
            byte[] buffer = new byte[64 * 1024];
            long drained = 0;
            int read;
            while (drained < DRAIN_BYTES && (read = body.read(buffer)) > 0) {
                drained += read;
            }
        }
        return head;
    }
}
