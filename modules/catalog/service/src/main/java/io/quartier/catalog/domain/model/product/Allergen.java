package io.quartier.catalog.domain.model.product;

/** The fourteen allergens EU Regulation 1169/2011 requires to be declared. */
public enum Allergen {
    GLUTEN, CRUSTACEANS, EGGS, FISH, PEANUTS, SOY, MILK, NUTS, CELERY, MUSTARD, SESAME, SULPHITES, LUPIN, MOLLUSCS
}
