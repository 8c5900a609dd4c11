package io.quartier.catalog.domain.model.store;

import java.util.List;
import java.util.Optional;

/** The catalog's stores, each with its merchant (port; {@code JpaStoreRepository} is the adapter). */
public interface StoreRepository {

    List<Store> all();

    List<Store> inCountry(String country);

    List<Store> ofMerchant(long merchantId);

    Optional<Store> byId(long id);

    /** The store with its row locked until the transaction ends: what is counted per store is counted one at a time. */
    Optional<Store> byIdForUpdate(long id);
}
