package io.quartier.identity.infrastructure.geocoding;

import io.quartier.identity.application.Geocoder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Offers the geocoder named by {@code identity.geocoder}: {@code local} (the gazetteer, the default) or
 * {@code nominatim}. An unknown name stops the deployment rather than failing the first search.
 */
@ApplicationScoped
public class GeocoderSelection {

    @Inject
    @ConfigProperty(name = "identity.geocoder", defaultValue = "local")
    String geocoder;

    @Inject
    GazetteerGeocoder local;

    @Inject
    NominatimGeocoder nominatim;

    @Produces
    Geocoder selected() {
        return switch (geocoder) {
            case "local" -> local;
            case "nominatim" -> nominatim;
            default -> throw new IllegalStateException(
                    "identity.geocoder=" + geocoder + " names no geocoder; known: local, nominatim");
        };
    }

    void verifyAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        selected();
    }
}
