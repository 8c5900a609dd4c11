/**
 * Finding the stores that deliver to a customer's place. {@link io.quartier.catalog.domain.model.finder.StoreSearch}
 * is what the customer narrows the list to (type, shelf, dietary tag, a name in the reader's language);
 * {@link io.quartier.catalog.domain.model.finder.DeliveringStores} (port) fetches the candidates near the place in a
 * fixed number of queries; {@link io.quartier.catalog.domain.model.finder.NearbyStore} keeps those whose radius
 * (the merchant's, else {@code Store.DEFAULT_DELIVERY_RADIUS_METRES}) covers the place by great-circle distance
 * ({@link io.quartier.catalog.domain.model.store.Place}) and orders them: open now, nearest first; opening later
 * today, soonest first; then paused, closed for the day or opening another day, soonest first. Each carries the
 * delivery fee and time of its store's {@link io.quartier.catalog.domain.model.store.DeliveryTerms}.
 * <p>
 * Message keys: {@code catalog.place.invalid}, {@code catalog.search.invalidType}, {@code catalog.search.invalidTag},
 * {@code catalog.search.tooLong}, {@code catalog.delivery.invalidTerms}.
 */
package io.quartier.catalog.domain.model.finder;
