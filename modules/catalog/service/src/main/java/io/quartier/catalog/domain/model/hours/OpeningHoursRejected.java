package io.quartier.catalog.domain.model.hours;

import io.quartier.kernel.problem.Problem;
import io.quartier.kernel.problem.ProblemException;
import java.util.List;
import java.util.Map;

/**
 * A week of opening ranges refused as a whole: nothing of it was applied. Answers as a 400 problem with code
 * {@value #CODE} and, under {@code errors.violations}, every {@link HoursViolation} as {@code {code, positions}}.
 */
public class OpeningHoursRejected extends ProblemException {

    public static final String CODE = "catalog.hours.invalid";

    private final List<HoursViolation> violations;

    public OpeningHoursRejected(List<HoursViolation> violations) {
        super(400, CODE, violations.toString());
        this.violations = List.copyOf(violations);
    }

    public List<HoursViolation> violations() {
        return violations;
    }

    @Override
    public Problem toProblem() {
        List<Map<String, Object>> listed = violations.stream()
                .<Map<String, Object>>map(v -> Map.of("code", v.code(), "positions", v.positions()))
                .toList();
        return super.toProblem().withErrors(Map.of("violations", listed));
    }
}
