package io.quartier.identity.application;

import java.util.List;

/**
 * Finds where a place or an address is (port). Chosen by {@code identity.geocoder}: {@code local}, a gazetteer of the
 * demo cities shipped with identity, or {@code nominatim}, a Nominatim server's search API.
 */
public interface Geocoder {

    /** At most {@code limit} places matching the text, best first; empty when nothing matches. */
    List<Place> search(String text, int limit);

    /** A place found: how the geocoder names it and where it is, in WGS 84 degrees. */
    record Place(String label, double latitude, double longitude) {
    }

    /** The geocoder could not answer (unreachable, refusing, or answering what is not its protocol). */
    class Unavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Unavailable(String message) {
            super(message);
        }

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
