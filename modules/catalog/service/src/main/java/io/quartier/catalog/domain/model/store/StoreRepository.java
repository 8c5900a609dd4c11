package io.quartier.catalog.domain.model.store;

import java.util.List;
import java.util.Optional;

/** The catalog's stores, each with its merchant (port; {@code JpaStoreRepository} is the adapter). */
public interface StoreRepository {

    List<Store> all();

    List<Store> inCountry(String country);

    List<Store> ofMerchant(long merchantId);

    Optional<Store> byId(long id);

    /**
     * The stores that match {@code search} and whose delivery radius may reach {@code place}, with their merchant,
     * hours and closures, in a fixed number of queries however many there are. A superset of those that do reach
     * it (the adapter compares coordinates, not distances): {@link NearbyStore#deliveringTo} decides.
     */
    List<Store> mayDeliverTo(Place place, StoreSearch search);
}
