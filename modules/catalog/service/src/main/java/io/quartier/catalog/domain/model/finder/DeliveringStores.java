package io.quartier.catalog.domain.model.finder;

import io.quartier.catalog.domain.model.store.Place;
import io.quartier.catalog.domain.model.store.Store;
import java.util.List;

/** The search for stores near a place (port; {@code JpaDeliveringStores} is the adapter). */
public interface DeliveringStores {

    /**
     * The stores that match {@code search} and whose delivery radius may reach {@code place}, with their merchant,
     * hours and closures, in a fixed number of queries however many there are. A superset of those that do reach
     * it (the adapter compares coordinates, not distances): {@link NearbyStore#deliveringTo} decides.
     */
    List<Store> mayDeliverTo(Place place, StoreSearch search);
}
