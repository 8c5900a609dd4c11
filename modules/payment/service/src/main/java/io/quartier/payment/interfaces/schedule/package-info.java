/**
 * Timers: captures and voids at the gateway once the transaction that made them due committed (and the clock finishing
 * those that did not), releasing the holds of orders that never came to exist, nightly payouts.
 */
package io.quartier.payment.interfaces.schedule;
