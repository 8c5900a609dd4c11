package io.quartier.identity.infrastructure.geocoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.identity.application.Geocoder.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerGeocoderTest {

    private final GazetteerGeocoder gazetteer = new GazetteerGeocoder();

    @Test
    void placesAFullAddressOnItsStreetRatherThanItsCity() {
        List<Place> found = gazetteer.search("12 rue des Martyrs, 75009 Paris", 5);
        assertEquals("Rue des Martyrs, Paris", found.get(0).label());
        assertEquals(48.8790, found.get(0).latitude(), 1e-9);
        assertEquals(2.3397, found.get(0).longitude(), 1e-9);
        assertEquals("Paris", found.get(1).label(), "the city matches too, after the street: " + found);
    }

    @Test
    void ignoresAccentsCaseAndPunctuation() {
        assertEquals("Avenue des Champs-Élysées, Paris",
                gazetteer.search("AVENUE DES CHAMPS ELYSEES paris", 1).get(0).label());
        assertEquals("Boulevard d'Anfa, Casablanca", gazetteer.search("45 boulevard d'Anfa, Casablanca", 1).get(0).label());
    }

    @Test
    void findsAPlaceByAnotherNameOfIt() {
        assertEquals("Boulevard d'Anfa, Casablanca", gazetteer.search("21 Boulevard Anfa, Casablanca", 1).get(0).label());
        assertEquals("Casablanca", gazetteer.search("الدار البيضاء", 1).get(0).label());
    }

    @Test
    void findsWhatATypedFragmentBegins() {
        assertEquals(List.of("Camden High Street, London", "Camden Road, London", "Camden Town, London"),
                gazetteer.search("camd", 5).stream().map(Place::label).toList());
        assertEquals("Rue des Martyrs, Paris", gazetteer.search("12 rue des mart", 5).get(0).label());
    }

    @Test
    void answersTheSameEveryTimeAndAtMostTheLimit() {
        List<Place> first = gazetteer.search("rue", 3);
        assertEquals(3, first.size());
        assertEquals(first, new GazetteerGeocoder().search("rue", 3));
    }

    @Test
    void findsNothingForUnknownTextOrNoWords() {
        assertTrue(gazetteer.search("Atlantis 12", 5).isEmpty());
        assertTrue(gazetteer.search("12 345", 5).isEmpty(), "numbers alone name no place");
        assertTrue(gazetteer.search("  -- ", 5).isEmpty());
        assertTrue(gazetteer.search("a", 5).isEmpty());
    }
}
