package io.quartier.catalog.domain.model.hours;

import jakarta.persistence.Column;
import io.quartier.kernel.persistence.LocalTimeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;

/**
 * A stretch of a week when a store is open, in the store's local time: it opens on {@code day} at {@code opens}
 * and closes at {@code closes}. When {@code closes} is not after {@code opens} the range passes midnight and
 * closes on the next day (Friday 18:00-02:00 closes on Saturday at 02:00); {@code opens == closes} is open for
 * 24 hours, so Monday 00:00-00:00 is "open all Monday". A range is therefore never empty nor longer than a day.
 * <p>
 * The constructor takes any value so that {@link WeeklyHours#violations} can report every mistake in a week at
 * once; a store only ever holds ranges that passed it.
 */
@Embeddable
public class OpeningRange {

    /** Monday first, then by opening time: the order a merchant reads a week in. */
    public static final Comparator<OpeningRange> IN_WEEK_ORDER =
            Comparator.comparing(OpeningRange::getDay).thenComparing(OpeningRange::getOpens);

    private static final int MINUTES_A_DAY = 24 * 60;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 9)
    private DayOfWeek day;

    @Convert(converter = LocalTimeConverter.class)
    @Column(nullable = false)
    private LocalTime opens;

    @Convert(converter = LocalTimeConverter.class)
    @Column(nullable = false)
    private LocalTime closes;

    protected OpeningRange() {
    }

    public OpeningRange(DayOfWeek day, LocalTime opens, LocalTime closes) {
        this.day = day;
        this.opens = opens;
        this.closes = closes;
    }

    public DayOfWeek getDay() {
        return day;
    }

    public LocalTime getOpens() {
        return opens;
    }

    public LocalTime getCloses() {
        return closes;
    }

    /** Whether it closes on the day after {@link #getDay()}, at midnight included (18:00-00:00, 00:00-00:00). */
    public boolean closesNextDay() {
        return !closes.isAfter(opens);
    }

    /** Whether the two share at least one minute of the week, a range that passes Sunday midnight included. */
    public boolean overlaps(OpeningRange other) {
        int start = startInWeek();
        int end = start + lengthInMinutes();
        int otherStart = other.startInWeek();
        int otherEnd = otherStart + other.lengthInMinutes();
        int week = 7 * MINUTES_A_DAY;
        for (int shift = -week; shift <= week; shift += week) {
            if (start < otherEnd + shift && otherStart + shift < end) {
                return true;
            }
        }
        return false;
    }

    private int lengthInMinutes() {
        int minutes = (int) Duration.between(opens, closes).toMinutes();
        return minutes > 0 ? minutes : minutes + MINUTES_A_DAY;
    }

    private int startInWeek() {
        return (day.getValue() - 1) * MINUTES_A_DAY + opens.getHour() * 60 + opens.getMinute();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpeningRange r && day == r.day && Objects.equals(opens, r.opens)
                && Objects.equals(closes, r.closes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, opens, closes);
    }

    /** For logs and problem details: {@code MONDAY 11:30-14:30}. */
    @Override
    public String toString() {
        return day + " " + opens + "-" + closes;
    }
}
