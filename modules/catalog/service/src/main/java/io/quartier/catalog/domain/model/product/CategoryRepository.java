package io.quartier.catalog.domain.model.product;

import java.util.List;
import java.util.Optional;

/** The stores' shelves (port; {@code JpaCategoryRepository} is the adapter). */
public interface CategoryRepository {

    Optional<Category> byId(long id);

    /** A store's shelves in the merchant's order. */
    List<Category> ofStore(long storeId);

    void add(Category category);

    void remove(Category category);
}
