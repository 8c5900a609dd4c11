/** A customer's address book: delivery addresses with coordinates, one of them the default. */
package io.quartier.identity.domain.model.address;
