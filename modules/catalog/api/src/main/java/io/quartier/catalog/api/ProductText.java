package io.quartier.catalog.api;

/** A product's name and description in one language. */
public record ProductText(String name, String description) {
}
