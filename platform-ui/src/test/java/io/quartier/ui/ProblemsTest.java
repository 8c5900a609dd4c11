package io.quartier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void takesTheCodeOfProblemDetails() {
        assertEquals("problem.payment.declined", Problems.codeOf(
                "{\"type\":\"urn:quartier:problem:problem.payment.declined\",\"status\":402,"
                        + "\"code\":\"problem.payment.declined\",\"detail\":\"card declined\"}", 402));
    }

    @Test
    void fallsBackToTheStatusWhenTheBodyIsNoProblem() {
        assertEquals("problem.notFound", Problems.codeOf("<html>Not Found</html>", 404));
        assertEquals("problem.unavailable", Problems.codeOf(null, 503));
        assertEquals("problem.invalid", Problems.codeOf("{\"title\":\"no code\"}", 400));
        assertEquals("problem.internal", Problems.codeOf("{broken", 500));
        assertEquals("problem.unexpected", Problems.codeOf("", 418));
    }

    @Test
    void anUnreachableServiceIsUnavailable() {
        assertEquals(List.of("problem.unavailable", "problem.unexpected"),
                Problems.candidateKeys(new ProcessingException(new ConnectException("refused"))));
    }

    @Test
    void anythingElseIsUnexpected() {
        assertEquals(List.of("problem.unexpected"), Problems.candidateKeys(new IllegalStateException("bug")));
    }
}
