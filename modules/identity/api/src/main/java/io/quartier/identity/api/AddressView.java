package io.quartier.identity.api;

/** One of a customer's delivery addresses, with the coordinates the geocoder gave its line. */
public record AddressView(long id, String label, String line, double latitude, double longitude,
                          boolean defaultAddress) {
}
