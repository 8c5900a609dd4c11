/** Timers: releasing the holds of orders that never came to exist. */
package io.quartier.payment.interfaces.schedule;
