package io.quartier.ui.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * For pages with a map ({@code quartier/map.js} over Leaflet): the tile server from configuration
 * ({@code quartier.map.tiles}, none by default: places on a plain background), and places as the JSON the script
 * reads from the map's {@code data-points}.
 */
@Named("mapView")
@ApplicationScoped
public class MapView {

    @Inject
    @ConfigProperty(name = "quartier.map.tiles", defaultValue = "none")
    String tiles;

    @Inject
    @ConfigProperty(name = "quartier.map.attribution", defaultValue = "none")
    String attribution;

    /** A place on a map: its {@code kind} (courier, pickup, dropoff, job) styles it, {@code label} names it. */
    public record Point(double lat, double lon, String kind, String label) {
    }

    /** The tile URL template, or empty for none. */
    public String getTiles() {
        return "none".equals(tiles) ? "" : tiles;
    }

    public String getAttribution() {
        return "none".equals(attribution) ? "" : attribution;
    }

    /** The places as a JSON array, for {@code data-points}. */
    public static String json(List<Point> points) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Point p : points) {
            array.add(Json.createObjectBuilder().add("lat", p.lat()).add("lon", p.lon()).add("kind", p.kind())
                    .add("label", p.label() == null ? "" : p.label()));
        }
        return array.build().toString();
    }
}
