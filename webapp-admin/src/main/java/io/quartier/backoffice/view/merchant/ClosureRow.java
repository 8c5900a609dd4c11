package io.quartier.backoffice.view.merchant;

import java.io.Serializable;
import java.time.LocalDate;

/** A closure as listed on the hours page (EL reads it as {@code #{closure.firstDay()}}). */
public record ClosureRow(LocalDate firstDay, LocalDate lastDay, String note) implements Serializable {
}
