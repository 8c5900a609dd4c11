/**
 * Tour planning: orders to collect and drop within time windows, vehicles with a capacity, a start and a shift
 * (the pickup-and-delivery shape of Li & Lim's benchmark). {@link io.quartier.delivery.application.tour.TourPlanner}
 * is the port a solver library fills ({@code infrastructure.tour}); {@link
 * io.quartier.delivery.application.tour.TourPlanning} gives it a time budget and falls back on {@link
 * io.quartier.delivery.application.tour.CheapestInsertion} when the solver does not answer in time. Times are
 * seconds from the start of the plan; places are indexes into each vehicle's travel matrix.
 */
package io.quartier.delivery.application.tour;
