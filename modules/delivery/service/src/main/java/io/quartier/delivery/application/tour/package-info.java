/**
 * Tour planning: {@link io.quartier.delivery.application.tour.TourPlanner} is the port a solver library fills
 * ({@code infrastructure.tour}); {@link io.quartier.delivery.application.tour.TourPlanning} gives it a time budget
 * and falls back on the greedy insertion of {@code domain.model.tour} when the solver does not answer in time or
 * breaks a rule.
 */
package io.quartier.delivery.application.tour;
