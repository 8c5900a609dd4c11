package io.quartier.catalog.api;

import java.util.List;

/** Ids in the order they should appear on the shelf (a store's categories, or its products). */
public record Arrangement(List<Long> ids) {
}
