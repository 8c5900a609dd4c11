package io.quartier.catalog.domain.model.hours;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When a store takes orders: its weekly ranges, less its closure days and its pause, read in its own time zone.
 * It holds no clock: every answer is for the instant it is given.
 * <p>
 * A local time stands for the first instant at which the store's clock shows that time or later. So on the day
 * clocks spring forward (Paris, 02:00 becomes 03:00) a range's 02:30 is 03:00, and a range wholly inside the
 * skipped hour does not happen that day; on the day they fall back (03:00 becomes 02:00) 02:30 is the first
 * 02:30, and a range running through the repeated hour is open through both passes of it.
 */
public final class OpeningSchedule {

    /** How many open days ahead the next opening or closing is looked for; closure days are skipped over. */
    private static final int HORIZON_DAYS = 366;

    private final Map<DayOfWeek, List<OpeningRange>> rangesByDay = new EnumMap<>(DayOfWeek.class);
    private final List<Closure> closures;
    private final Instant pausedUntil;
    private final ZoneId zone;

    /**
     * @param week        ranges that pass {@link WeeklyHours#violations}, in any order
     * @param pausedUntil when the pause ends; null when not paused
     * @throws OpeningHoursRejected when {@code week} has a violation
     */
    public OpeningSchedule(List<OpeningRange> week, List<Closure> closures, Instant pausedUntil, ZoneId zone) {
        WeeklyHours.requireValid(week);
        week.stream().sorted(OpeningRange.IN_WEEK_ORDER)
                .forEach(r -> rangesByDay.computeIfAbsent(r.getDay(), d -> new ArrayList<>()).add(r));
        this.closures = List.copyOf(closures);
        this.pausedUntil = pausedUntil;
        this.zone = Objects.requireNonNull(zone);
    }

    public OpeningStatus statusAt(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (closureOn(today).isPresent()) {
            return OpeningStatus.CLOSED_EXCEPTIONALLY;
        }
        boolean withinHours = spansOpeningOn(today.minusDays(1)).stream().anyMatch(s -> s.contains(now))
                || spansOpeningOn(today).stream().anyMatch(s -> s.contains(now));
        if (!withinHours) {
            return OpeningStatus.CLOSED;
        }
        return pausedAt(now) ? OpeningStatus.PAUSED : OpeningStatus.OPEN;
    }

    public boolean isOpen(Instant now) {
        return statusAt(now) == OpeningStatus.OPEN;
    }

    /**
     * The first instant from {@code now} on when the store is open: {@code now} itself when it is open, empty when
     * it has no weekly ranges (or, in theory, none within {@value #HORIZON_DAYS} open days).
     */
    public Optional<Instant> nextOpening(Instant now) {
        if (rangesByDay.isEmpty()) {
            return Optional.empty();
        }
        Instant from = pausedAt(now) ? pausedUntil : now;
        LocalDate date = LocalDate.ofInstant(from, zone).minusDays(1);
        int openDays = 0;
        while (openDays <= HORIZON_DAYS) {
            Optional<Closure> closure = closureOn(date);
            if (closure.isPresent() && date.isBefore(closure.get().getLastDay())) {
                // Nothing opening before a closure's last day can be open: skip to it (its ranges may pass midnight).
                date = closure.get().getLastDay();
                continue;
            }
            if (closure.isEmpty()) {
                openDays++;
            }
            for (Span span : spansOpeningOn(date)) {
                if (span.end().isAfter(from)) {
                    return Optional.of(span.start().isAfter(from) ? span.start() : from);
                }
            }
            date = date.plusDays(1);
        }
        return Optional.empty();
    }

    /**
     * When the store, open at {@code now}, stops taking orders: the end of its current range, or of the ranges
     * that follow on from it without a break (Monday 18:00-00:00 then Tuesday 00:00-02:00 closes on Tuesday at
     * 02:00). Empty when it is not open now, or open without a break for {@value #HORIZON_DAYS} days.
     */
    public Optional<Instant> nextClosing(Instant now) {
        if (!isOpen(now)) {
            return Optional.empty();
        }
        Instant end = null;
        LocalDate date = LocalDate.ofInstant(now, zone).minusDays(1);
        for (int day = 0; day <= HORIZON_DAYS; day++, date = date.plusDays(1)) {
            for (Span span : spansOpeningOn(date)) {
                if (end == null ? span.contains(now) : span.start().equals(end)) {
                    end = span.end();
                }
            }
            // Ranges opening on later days start at the next midnight or after: none can carry on an earlier end.
            if (end != null && end.isBefore(instantOf(date.plusDays(1), LocalTime.MIDNIGHT))) {
                return Optional.of(end);
            }
        }
        return Optional.empty();
    }

    /** The open stretches of the ranges that open on {@code date}, less their parts on closure days, in order. */
    private List<Span> spansOpeningOn(LocalDate date) {
        List<Span> spans = new ArrayList<>();
        LocalDate nextDay = date.plusDays(1);
        Instant midnight = instantOf(nextDay, LocalTime.MIDNIGHT);
        for (OpeningRange range : rangesByDay.getOrDefault(date.getDayOfWeek(), List.of())) {
            Instant opens = instantOf(date, range.getOpens());
            Instant closes = instantOf(range.closesNextDay() ? nextDay : date, range.getCloses());
            addUnlessClosed(spans, date, opens, closes.isBefore(midnight) ? closes : midnight);
            addUnlessClosed(spans, nextDay, midnight, closes);
        }
        return spans;
    }

    private void addUnlessClosed(List<Span> spans, LocalDate date, Instant start, Instant end) {
        if (start.isBefore(end) && closureOn(date).isEmpty()) {
            spans.add(new Span(start, end));
        }
    }

    private Optional<Closure> closureOn(LocalDate date) {
        return closures.stream().filter(c -> c.covers(date)).findFirst();
    }

    private boolean pausedAt(Instant now) {
        return pausedUntil != null && now.isBefore(pausedUntil);
    }

    /** The first instant the store's clock shows {@code time} on {@code date}, or a later time (see the class). */
    private Instant instantOf(LocalDate date, LocalTime time) {
        LocalDateTime local = date.atTime(time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return local.atZone(zone).toInstant();
    }

    /** From {@code start} inclusive to {@code end} exclusive. */
    private record Span(Instant start, Instant end) {

        boolean contains(Instant t) {
            return !t.isBefore(start) && t.isBefore(end);
        }
    }
}
