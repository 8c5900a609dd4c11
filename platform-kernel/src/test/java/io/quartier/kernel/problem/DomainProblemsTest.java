package io.quartier.kernel.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quartier.kernel.domain.DomainException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DomainProblemsTest {

    @Test
    void eachKindOfRefusalAnswersWithItsStatus() {
        assertEquals(400, ProblemMappers.problem(DomainException.invalid("catalog.pause.notInFuture", "x")).status());
        assertEquals(403, ProblemMappers.problem(DomainException.forbidden("x")).status());
        assertEquals(404, ProblemMappers.problem(DomainException.notFound("job", 7)).status());
        assertEquals(409, ProblemMappers.problem(DomainException.conflict("problem.job.wrongStatus", "x")).status());
    }

    @Test
    void aRefusalKeepsTheKeyTheDetailAndTheItemsAtFault() {
        Problem problem = ProblemMappers.problem(DomainException.conflict("problem.order.wrongStatus", "order 5 is PLACED")
                .withError("orderId", 5L));

        assertEquals(URI.create("urn:quartier:problem:problem.order.wrongStatus"), problem.type());
        assertEquals("problem.order.wrongStatus", problem.code());
        assertEquals("order 5 is PLACED", problem.detail());
        assertEquals(Map.of("orderId", 5L), problem.errors());
    }

    @Test
    void aRefusalAnswersAsTheSameRefusalThrownAtTheEdgeDid() {
        assertEquals(ProblemException.notFound("order", 5).toProblem(),
                ProblemMappers.problem(DomainException.notFound("order", 5)));
        assertEquals(ProblemException.forbidden("not yours").toProblem(),
                ProblemMappers.problem(DomainException.forbidden("not yours")));
        assertNull(ProblemMappers.problem(DomainException.invalid("k", "d")).errors());
        assertEquals(List.of("violations"), List.copyOf(ProblemMappers.problem(DomainException.invalid("k", "d")
                .withError("violations", List.of())).errors().keySet()));
    }
}
