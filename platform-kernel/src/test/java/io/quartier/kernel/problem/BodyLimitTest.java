package io.quartier.kernel.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BodyLimitTest {

    @Test
    void aChunkedBodyIsReadUpToTheLimit() throws IOException {
        byte[] body = new byte[(int) BodyLimit.MAX_JSON_BYTES];
        try (InputStream in = BodyLimit.bounded(new ByteArrayInputStream(body), BodyLimit.MAX_JSON_BYTES)) {
            assertEquals(body.length, in.readAllBytes().length);
        }
    }

    @Test
    void aChunkedBodyPastTheLimitStopsWith413() throws IOException {
        byte[] body = new byte[1_048_576];
        try (InputStream in = BodyLimit.bounded(new ByteArrayInputStream(body), BodyLimit.MAX_JSON_BYTES)) {
            ProblemException refused = assertThrows(ProblemException.class, in::readAllBytes);
            assertEquals(413, refused.status());
            assertEquals("problem.tooLarge", refused.code());
        }
        try (InputStream in = BodyLimit.bounded(new ByteArrayInputStream(body), 10)) {
            for (int i = 0; i < 10; i++) {
                in.read();
            }
            assertThrows(ProblemException.class, in::read, "one byte at a time counts too");
        }
    }
}
