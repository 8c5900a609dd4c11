package io.quartier.catalog.domain.model.product;

import io.quartier.catalog.domain.model.store.Store;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The catalog's products, read with their store, merchant and translations at once (port;
 * {@code JpaProductRepository} is the adapter).
 */
public interface ProductRepository {

    List<Product> ofStore(long storeId);

    List<Product> ofMerchant(long merchantId);

    Optional<Product> byId(long id);

    /** Locks the product's row, so an edit and a checkout never interleave on it. */
    void lock(Product product, LockModeType mode);

    List<Product> byIds(Collection<Long> ids);

    /** The products on a shelf, archived ones too. */
    List<Product> inCategory(Category category);

    /** The highest position on the store's shelf, 0 when it has no product. */
    int lastPosition(Store store);

    /** "86"s that end at or before {@code now}. */
    List<Product> unavailableUntilAtMost(Instant now);

    /** Writes the new product at once, so that it has its id. */
    void add(Product product);

    /** Writes pending changes at once, so that new parts of a product (its options) have their ids. */
    void flush();

    /**
     * Takes {@code quantity} units of a product that tracks stock, in one conditional update the database serialises
     * on the row: false, and nothing taken, when fewer are on hand.
     */
    boolean takeStock(long productId, int quantity);

    /** Gives {@code quantity} units back to a product that tracks stock; false when it does not (nothing to do). */
    boolean giveBackStock(long productId, int quantity);

    /** Reads the product again, as the database now has it (after a conditional update). */
    void refresh(Product product);
}
