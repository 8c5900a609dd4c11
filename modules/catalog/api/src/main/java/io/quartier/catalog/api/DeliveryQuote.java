package io.quartier.catalog.api;

/**
 * What delivering an order from a store to a place costs and takes, for checkout. {@code feeMinor} is in
 * {@code currency}'s minor units; {@code delivers} is whether the place lies within the store's delivery radius
 * (when it does not, fee and minutes are what it would cost, for the customer's information). Asked without a place,
 * it is the store's base fee (the first kilometre) with the preparation time, {@code distanceMetres} null and
 * {@code delivers} true: the quote for a customer whose place is not known.
 */
public record DeliveryQuote(long storeId, long feeMinor, String currency, int minutes, Long distanceMetres,
                            boolean delivers) {
}
