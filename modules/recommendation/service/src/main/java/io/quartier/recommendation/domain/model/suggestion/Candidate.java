package io.quartier.recommendation.domain.model.suggestion;

/** A product the module knows from orders: its store, its name as last ordered, and how many customers ordered it. */
public record Candidate(long productId, long storeId, String name, int customers) {
}
