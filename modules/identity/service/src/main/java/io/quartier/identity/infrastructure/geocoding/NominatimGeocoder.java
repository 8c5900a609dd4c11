package io.quartier.identity.infrastructure.geocoding;

import io.quartier.identity.application.Geocoder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A Nominatim server's search API ({@code GET /search?format=jsonv2&q=...}, an array of places whose {@code lat} and
 * {@code lon} are decimal strings): OpenStreetMap's public one or one of your own, at {@code identity.geocoder.url}.
 * Every request names the platform in its User-Agent ({@code identity.geocoder.user-agent}), as Nominatim's usage
 * policy asks, and requests from this instance are spaced by {@code identity.geocoder.min-interval} (a second: the
 * public server's limit). A refusal (429, 5xx), a timeout or an answer that is not Nominatim's JSON is
 * {@link Geocoder.Unavailable}; a place without usable coordinates is left out.
 * <p>Typed to its own class so that only {@link GeocoderSelection} offers it as the {@link Geocoder}.
 */
@ApplicationScoped
@Typed(NominatimGeocoder.class)
public class NominatimGeocoder implements Geocoder {

    private static final Logger LOG = Logger.getLogger(NominatimGeocoder.class.getName());

    @Inject
    @ConfigProperty(name = "identity.geocoder.url", defaultValue = "https://nominatim.openstreetmap.org")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "identity.geocoder.user-agent", defaultValue = "Quartier")
    String userAgent;

    @Inject
    @ConfigProperty(name = "identity.geocoder.min-interval", defaultValue = "PT1S")
    Duration minInterval;

    @Inject
    @ConfigProperty(name = "identity.geocoder.timeout", defaultValue = "PT5S")
    Duration timeout;

    /** HTTP/1.1 on purpose: see FACTS on the JDK client's HTTP/2 upgrade hanging. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).followRedirects(HttpClient.Redirect.NORMAL).build();

    private long lastRequestNanos;

    @Override
    public List<Place> search(String text, int limit) {
        URI uri = URI.create(baseUrl.replaceAll("/+$", "") + "/search?format=jsonv2&limit=" + limit + "&q="
                + URLEncoder.encode(text, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", userAgent)
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> response;
        try {
            pace();
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unavailable("Nominatim at " + baseUrl + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while asking Nominatim", e);
        }
        if (response.statusCode() != 200) {
            throw new Unavailable("Nominatim at " + baseUrl + " answered " + response.statusCode());
        }
        return places(response.body(), limit);
    }

    /** The places of a jsonv2 answer, at most {@code limit}. */
    static List<Place> places(String body, int limit) {
        JsonStructure json;
        try {
            json = Json.createReader(new StringReader(body)).read();
        } catch (JsonException e) {
            throw new Unavailable("Nominatim answered what is not JSON", e);
        }
        if (!(json instanceof JsonArray array)) {
            throw new Unavailable("Nominatim answered JSON that is not a list of places");
        }
        List<Place> places = new ArrayList<>();
        for (JsonValue value : array) {
            if (places.size() == limit) {
                break;
            }
            if (value instanceof JsonObject place) {
                place(place).ifPresentOrElse(places::add,
                        () -> LOG.fine(() -> "Nominatim place without usable coordinates left out: " + place));
            }
        }
        return places;
    }

    private static Optional<Place> place(JsonObject place) {
        String label = string(place, "display_name");
        String lat = string(place, "lat");
        String lon = string(place, "lon");
        if (label == null || label.isBlank() || lat == null || lon == null) {
            return Optional.empty();
        }
        try {
            double latitude = Double.parseDouble(lat);
            double longitude = Double.parseDouble(lon);
            if (!Double.isFinite(latitude) || !Double.isFinite(longitude) || Math.abs(latitude) > 90
                    || Math.abs(longitude) > 180) {
                return Optional.empty();
            }
            return Optional.of(new Place(label.length() > 300 ? label.substring(0, 300) : label, latitude, longitude));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String string(JsonObject object, String name) {
        return object.get(name) instanceof JsonString s ? s.getString() : null;
    }

    /** Waits until {@code minInterval} has passed since this instance's last request. */
    private synchronized void pace() throws InterruptedException {
        long now = System.nanoTime();
        long wait = lastRequestNanos + minInterval.toNanos() - now;
        if (lastRequestNanos != 0 && wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        lastRequestNanos = System.nanoTime();
    }
}
