/**
 * Couriers' positions: a report checked for plausibility (a real place, near a zone where the platform works, not
 * faster than a vehicle can go), the last one kept live, a thinned trail kept for disputes, and the expected arrival
 * at the door from the last one.
 */
package io.quartier.delivery.domain.model.position;
