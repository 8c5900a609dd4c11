package io.quartier.delivery.application;

import io.quartier.delivery.domain.model.geo.GeoPoint;
import java.util.Optional;

/** Where a store is (port; {@code RestStores} asks the catalog). Empty when the catalog does not know the store. */
public interface Stores {

    Optional<GeoPoint> position(long storeId);
}
