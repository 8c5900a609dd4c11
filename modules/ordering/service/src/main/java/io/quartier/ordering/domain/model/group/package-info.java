/**
 * A multi-store order: one basket, one payment, one delivery, one order per store (see {@link
 * io.quartier.ordering.domain.model.group.OrderGroup}).
 */
package io.quartier.ordering.domain.model.group;
