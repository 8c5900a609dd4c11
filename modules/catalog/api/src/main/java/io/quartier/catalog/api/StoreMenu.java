package io.quartier.catalog.api;

import java.util.List;

/** What a store's page shows, in one answer: the store, its shelves in order and its products, in one language. */
public record StoreMenu(StoreView store, List<CategoryView> shelves, List<ProductView> products) {
}
