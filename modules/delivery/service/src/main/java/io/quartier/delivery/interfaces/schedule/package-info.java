/** Timers: the dispatch clock that offers waiting jobs to couriers. */
package io.quartier.delivery.interfaces.schedule;
