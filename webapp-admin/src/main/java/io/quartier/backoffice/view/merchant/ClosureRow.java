package io.quartier.backoffice.view.merchant;

import java.io.Serializable;
import java.time.LocalDate;

/** A closure as listed on the hours page. */
public class ClosureRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final String note;

    public ClosureRow(LocalDate firstDay, LocalDate lastDay, String note) {
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.note = note;
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
}
