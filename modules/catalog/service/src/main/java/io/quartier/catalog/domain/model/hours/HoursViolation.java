package io.quartier.catalog.domain.model.hours;

import java.util.List;

/**
 * One mistake in a week of opening ranges: a message key and the positions (from 0, in the list the merchant
 * sent) of the ranges at fault, so a form can mark the rows.
 */
public record HoursViolation(String code, List<Integer> positions) {

    public HoursViolation {
        positions = List.copyOf(positions);
    }
}
