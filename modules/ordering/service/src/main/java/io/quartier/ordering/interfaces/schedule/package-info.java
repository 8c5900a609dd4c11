/** Timers: the acceptance deadline of placed orders and the recovery of interrupted checkouts. */
package io.quartier.ordering.interfaces.schedule;
