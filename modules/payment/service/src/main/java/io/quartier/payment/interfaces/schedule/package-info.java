/** Timers: releasing the holds of orders that never came to exist, finishing captures that did not, nightly payouts. */
package io.quartier.payment.interfaces.schedule;
