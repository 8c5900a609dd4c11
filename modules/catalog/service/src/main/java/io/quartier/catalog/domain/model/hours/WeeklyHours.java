package io.quartier.catalog.domain.model.hours;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules a store's week of opening ranges must follow. A week is taken whole or not at all, so every
 * mistake is reported at once and nothing is applied while one remains.
 */
public final class WeeklyHours {

    /** A range without its day, opening or closing time, or no range at all. */
    public static final String INCOMPLETE = "catalog.hours.incomplete";
    /** A time with seconds: hours are kept to the minute. */
    public static final String NOT_WHOLE_MINUTE = "catalog.hours.notWholeMinute";
    /** Two ranges share time, a range passing midnight and the next day's early one included. */
    public static final String OVERLAP = "catalog.hours.overlap";

    private WeeklyHours() {
    }

    /** Every mistake in {@code week}; empty when it is a valid week (no range at all is one: never open). */
    public static List<HoursViolation> violations(List<OpeningRange> week) {
        List<HoursViolation> found = new ArrayList<>();
        List<Integer> sound = new ArrayList<>();
        for (int i = 0; i < week.size(); i++) {
            OpeningRange range = week.get(i);
            if (range == null || range.getDay() == null || range.getOpens() == null || range.getCloses() == null) {
                found.add(new HoursViolation(INCOMPLETE, List.of(i)));
            } else if (!wholeMinute(range)) {
                found.add(new HoursViolation(NOT_WHOLE_MINUTE, List.of(i)));
            } else {
                sound.add(i);
            }
        }
        for (int a = 0; a < sound.size(); a++) {
            for (int b = a + 1; b < sound.size(); b++) {
                if (week.get(sound.get(a)).overlaps(week.get(sound.get(b)))) {
                    found.add(new HoursViolation(OVERLAP, List.of(sound.get(a), sound.get(b))));
                }
            }
        }
        return found;
    }

    /** @throws OpeningHoursRejected with every violation, when there is one */
    public static void requireValid(List<OpeningRange> week) {
        List<HoursViolation> violations = violations(week);
        if (!violations.isEmpty()) {
            throw new OpeningHoursRejected(violations);
        }
    }

    private static boolean wholeMinute(OpeningRange range) {
        return range.getOpens().getSecond() == 0 && range.getOpens().getNano() == 0
                && range.getCloses().getSecond() == 0 && range.getCloses().getNano() == 0;
    }
}
