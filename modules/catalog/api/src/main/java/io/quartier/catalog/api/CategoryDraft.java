package io.quartier.catalog.api;

import java.util.Map;

/** A category's names by language; the store's own language is required. */
public record CategoryDraft(Map<String, String> names) {
}
