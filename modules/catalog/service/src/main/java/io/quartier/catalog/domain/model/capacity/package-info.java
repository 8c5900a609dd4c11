/**
 * Kitchen capacity: the most orders a store takes per 15-minute window, and the orders counted against each
 * window. A store without a limit takes any number.
 * <p>
 * A {@link io.quartier.catalog.domain.model.capacity.KitchenWindow} starts on a quarter hour of the store's
 * clock and lasts 15 real minutes (the class says what that means on daylight-saving days). Each placed order is
 * a {@link io.quartier.catalog.domain.model.capacity.CountedOrder} of the window it was placed in, once, however
 * often its event arrives; a cancelled order stops counting. A
 * {@link io.quartier.catalog.domain.model.capacity.WindowCapacity} is one window's limit and count, and what is
 * left of it.
 * <p>
 * Message key: {@code catalog.capacity.invalid} (a limit that is not 1 to 1000).
 */
package io.quartier.catalog.domain.model.capacity;
