package io.quartier.catalog.domain.model.hours;

import io.quartier.kernel.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Days a store is closed whatever its weekly hours say (holidays, works, a family event), from {@code firstDay}
 * to {@code lastDay} inclusive, in the store's local dates. It covers whole calendar days, so it also cuts the
 * part of a range that passes midnight into it: closed on Saturday, a Friday 18:00-02:00 range ends at midnight.
 * The note is the merchant's own text, shown as written.
 */
@Embeddable
public class Closure {

    public static final int NOTE_MAX_LENGTH = 200;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(length = NOTE_MAX_LENGTH)
    private String note;

    protected Closure() {
    }

    /**
     * @param note may be null; blank counts as none
     * @throws DomainException {@code catalog.closure.incomplete} without both days,
     *         {@code catalog.closure.endsBeforeStart} when the last day is before the first,
     *         {@code catalog.closure.noteTooLong} beyond {@value #NOTE_MAX_LENGTH} characters
     */
    public Closure(LocalDate firstDay, LocalDate lastDay, String note) {
        if (firstDay == null || lastDay == null) {
            throw DomainException.invalid("catalog.closure.incomplete", "first and last day are required");
        }
        if (lastDay.isBefore(firstDay)) {
            throw DomainException.invalid("catalog.closure.endsBeforeStart", firstDay + " > " + lastDay);
        }
        String stripped = note == null || note.isBlank() ? null : note.strip();
        if (stripped != null && stripped.length() > NOTE_MAX_LENGTH) {
            throw DomainException.invalid("catalog.closure.noteTooLong", "note length " + stripped.length());
        }
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.note = stripped;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public String getNote() {
        return note;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    /** Whether the two have at least one day in common. */
    public boolean overlaps(Closure other) {
        return !other.lastDay.isBefore(firstDay) && !other.firstDay.isAfter(lastDay);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Closure c && Objects.equals(firstDay, c.firstDay) && Objects.equals(lastDay, c.lastDay)
                && Objects.equals(note, c.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstDay, lastDay, note);
    }

    @Override
    public String toString() {
        return firstDay + ".." + lastDay;
    }
}
