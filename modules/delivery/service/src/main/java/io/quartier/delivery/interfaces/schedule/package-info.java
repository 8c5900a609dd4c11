/** Timers: the dispatch clock that offers waiting jobs to couriers, the photo clock that deletes old proofs. */
package io.quartier.delivery.interfaces.schedule;
