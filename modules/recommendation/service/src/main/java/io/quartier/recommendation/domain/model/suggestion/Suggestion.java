package io.quartier.recommendation.domain.model.suggestion;

/** A product suggested to a customer, why ({@code because}: the name of the product it follows from, or null). */
public record Suggestion(long productId, long storeId, String name, Reason reason, String because) {
}
