package io.quartier.catalog.domain.model.hours;

import io.quartier.kernel.domain.DomainException;
import java.util.List;
import java.util.Map;

/**
 * A week of opening ranges refused as a whole: nothing of it was applied. Answers as a 400 problem with code
 * {@value #CODE} and, under {@code errors.violations}, every {@link HoursViolation} as {@code {code, positions}}.
 */
public class OpeningHoursRejected extends DomainException {

    public static final String CODE = "catalog.hours.invalid";

    private final List<HoursViolation> violations;

    public OpeningHoursRejected(List<HoursViolation> violations) {
        super(Kind.INVALID, CODE, violations.toString());
        this.violations = List.copyOf(violations);
        withError("violations", violations.stream()
                .<Map<String, Object>>map(v -> Map.of("code", v.code(), "positions", v.positions()))
                .toList());
    }

    public List<HoursViolation> violations() {
        return violations;
    }
}
