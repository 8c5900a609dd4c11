package io.quartier.catalog.domain.model.product;

/** What a product suits or is, as customers filter for it. */
public enum DietaryTag {
    VEGETARIAN, VEGAN, GLUTEN_FREE, HALAL, KOSHER, ORGANIC, SPICY
}
