package io.quartier.catalog.api;

import java.util.Map;

/**
 * A shelf of a store (starters, dairy...). {@code name} is in the language asked for (falling back to the
 * store's); {@code names} holds every translation, for the merchant's editor.
 */
public record CategoryView(long id, long storeId, String name, int position, Map<String, String> names) {
}
