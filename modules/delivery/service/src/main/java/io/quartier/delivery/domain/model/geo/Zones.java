package io.quartier.delivery.domain.model.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The zones the platform delivers in, as configured: {@code Name:lat,lon,radiusKm;Name:lat,lon,radiusKm}. */
public final class Zones {

    private final List<Zone> all;

    public Zones(List<Zone> all) {
        this.all = List.copyOf(all);
    }

    /**
     * Reads {@code Paris:48.8566,2.3522,20;Casablanca:33.5731,-7.5898,20}; blank or {@code none} is no zone.
     *
     * @throws IllegalArgumentException naming the entry that cannot be read
     */
    public static Zones parse(String config) {
        List<Zone> read = new ArrayList<>();
        if (config == null) {
            return new Zones(read);
        }
        Arrays.stream(config.split(";")).map(String::strip).filter(s -> !s.isEmpty() && !"none".equals(s))
                .forEach(entry -> read.add(zone(entry)));
        return new Zones(read);
    }

    public List<Zone> all() {
        return all;
    }

    /** The zone the place is in; the one whose centre is nearest when zones overlap. */
    public Optional<Zone> around(GeoPoint place) {
        return all.stream().filter(zone -> zone.contains(place))
                .min(Comparator.comparingDouble(zone -> zone.centre().metersTo(place)));
    }

    /** The zone a courier's home zone names (a district of it, or itself). */
    public Optional<Zone> home(String homeZone) {
        return all.stream().filter(zone -> zone.isHomeOf(homeZone))
                .max(Comparator.comparingInt(zone -> zone.name().length()));
    }

    private static Zone zone(String entry) {
        try {
            int colon = entry.lastIndexOf(':');
            String[] numbers = entry.substring(colon + 1).split(",");
            if (colon < 1 || numbers.length != 3) {
                throw new IllegalArgumentException("expected Name:lat,lon,radiusKm");
            }
            return new Zone(entry.substring(0, colon), new GeoPoint(Double.parseDouble(numbers[0].strip()),
                    Double.parseDouble(numbers[1].strip())), Double.parseDouble(numbers[2].strip()) * 1000);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("zone '" + entry + "' cannot be read: " + e.getMessage(), e);
        }
    }
}
