/**
 * Tours: orders to collect and drop within time windows, vehicles with a capacity, a start and a shift (the
 * pickup-and-delivery shape of Li &amp; Lim's benchmark), the rules a route keeps ({@link
 * io.quartier.delivery.domain.model.tour.Schedule}) and a greedy way to build routes that keep them ({@link
 * io.quartier.delivery.domain.model.tour.CheapestInsertion}). Times are seconds from the start of the plan; places
 * are indexes into each vehicle's travel matrix.
 */
package io.quartier.delivery.domain.model.tour;
