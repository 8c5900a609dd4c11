package io.quartier.delivery.domain.model.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ZonesTest {

    private final Zones zones = Zones.parse("Paris:48.8566,2.3522,20; Casablanca:33.5731,-7.5898,20;");

    @Test
    void readsEachZoneWithItsCentreAndRadiusInKilometres() {
        assertEquals(List.of("Paris", "Casablanca"), zones.all().stream().map(Zone::name).toList());
        assertEquals(20_000, zones.all().get(0).radiusMeters());
        assertEquals(new GeoPoint(33.5731, -7.5898), zones.all().get(1).centre());
        assertTrue(Zones.parse("none").all().isEmpty());
        assertTrue(Zones.parse(" ").all().isEmpty());
    }

    @Test
    void refusesAZoneItCannotRead() {
        for (String bad : List.of("Paris", "Paris:48.8,2.3", ":48.8,2.3,20", "Paris:x,2.3,20", "Paris:48.8,2.3,0",
                "Paris:95,2.3,20")) {
            assertThrows(IllegalArgumentException.class, () -> Zones.parse(bad), bad);
        }
    }

    @Test
    void aPlaceIsInTheZoneAroundItAndInNoneFarFromAll() {
        assertEquals("Paris", zones.around(new GeoPoint(48.8796, 2.3353)).orElseThrow().name(), "Chez Marcel");
        assertEquals("Casablanca", zones.around(new GeoPoint(33.5890, -7.6310)).orElseThrow().name(), "Dar Tajine");
        assertEquals(Optional.empty(), zones.around(new GeoPoint(51.5390, -0.1426)), "London is no zone here");
    }

    @Test
    void aHomeZoneNamesItsZoneOrADistrictOfIt() {
        assertEquals("Paris", zones.home("Paris 9e").orElseThrow().name());
        assertEquals("Paris", zones.home(" paris ").orElseThrow().name());
        assertEquals("Casablanca", zones.home("Casablanca-Maarif").orElseThrow().name());
        assertEquals(Optional.empty(), zones.home("Parisis"), "another town whose name starts alike");
        assertEquals(Optional.empty(), zones.home("Montmartre"));
        assertEquals(Optional.empty(), zones.home(null));
    }
}
