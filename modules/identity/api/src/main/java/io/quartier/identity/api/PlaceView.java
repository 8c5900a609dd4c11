package io.quartier.identity.api;

/** A place the geocoder found: how it names it, and where it is (WGS 84 degrees). */
public record PlaceView(String label, double latitude, double longitude) {
}
