package io.quartier.delivery.domain.model.geo;

import java.util.Locale;

/**
 * An area dispatch plans on its own, such as a city: the stores within {@code radiusMeters} of its centre are its
 * stores, and the couriers whose home zone is it or one of its districts ("Paris 9e" is in Paris) its couriers.
 */
public record Zone(String name, GeoPoint centre, double radiusMeters) {

    public Zone {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a zone needs a name");
        }
        name = name.strip();
        if (!(radiusMeters > 0)) {
            throw new IllegalArgumentException("zone " + name + " has a radius of " + radiusMeters + " m");
        }
    }

    public boolean contains(GeoPoint place) {
        return centre.metersTo(place) <= radiusMeters;
    }

    /** Whether a courier's home zone, as the courier wrote it, is this zone or one of its districts. */
    public boolean isHomeOf(String homeZone) {
        if (homeZone == null) {
            return false;
        }
        String home = homeZone.strip().toLowerCase(Locale.ROOT);
        String own = name.toLowerCase(Locale.ROOT);
        return home.equals(own) || home.startsWith(own) && !Character.isLetter(home.charAt(own.length()));
    }
}
