/** Stock reservations: units held for orders being placed, given back when the order fails or is cancelled. */
package io.quartier.catalog.domain.model.stock;
