package io.quartier.recommendation.api;

/**
 * One suggested product of a store. {@code reason} is a key of {@link RecommendationTexts#BUNDLE} whose text takes
 * {@code argument} as its {@code {0}} (the name of a product the customer ordered, or null for "popular near you").
 * {@code name} is the product's name as it was last ordered.
 */
public record RecommendationView(long productId, long storeId, String name, String reason, String argument) {
}
