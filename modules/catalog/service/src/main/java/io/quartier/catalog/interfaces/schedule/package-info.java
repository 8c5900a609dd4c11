/** Timers: work the clock starts, such as releasing the stock of abandoned checkouts. */
package io.quartier.catalog.interfaces.schedule;
