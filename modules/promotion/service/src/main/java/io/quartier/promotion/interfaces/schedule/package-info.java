/** Promotion's clock: the jobs that time starts (settling reservations whose checkout never ended). */
package io.quartier.promotion.interfaces.schedule;
