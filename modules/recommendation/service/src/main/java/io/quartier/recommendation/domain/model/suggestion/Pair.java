package io.quartier.recommendation.domain.model.suggestion;

/**
 * Two products ordered by the same customers: {@code ordered}, which the customer has ordered ({@code orderedName},
 * ordered by {@code orderedCustomers} customers), and {@code other}; {@code together} customers ordered both.
 */
public record Pair(long ordered, String orderedName, int orderedCustomers, Candidate other, int together) {
}
