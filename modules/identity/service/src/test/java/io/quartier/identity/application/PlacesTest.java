package io.quartier.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.identity.application.Geocoder.Place;
import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.problem.ProblemException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlacesTest {

    private static final Place PARIS = new Place("Paris", 48.8566, 2.3522);

    private final Fakes.MovableClock clock = new Fakes.MovableClock();
    private final Places places = new Places();
    private boolean down;

    @BeforeEach
    void geocoder() {
        places.geocoder = (text, limit) -> {
            if (down) {
                throw new Geocoder.Unavailable("down for the test");
            }
            return text.contains("Paris") ? List.of(PARIS) : List.of();
        };
        places.perMinute = 3;
        places.clock = clock;
    }

    @Test
    void findsPlacesAndNothingIsAnEmptyList() {
        assertEquals("Paris", places.search("Paris", "198.51.100.1").get(0).label());
        assertEquals(List.of(), places.search("Atlantis", "198.51.100.1"));
    }

    @Test
    void refusesTooShortOrTooLongText() {
        for (String bad : new String[] {null, "", " x ", "y".repeat(201)}) {
            DomainException refused = assertThrows(DomainException.class, () -> places.search(bad, "198.51.100.2"));
            assertEquals("problem.place.query", refused.code());
        }
    }

    @Test
    void holdsOneAddressBackForTheRestOfItsMinute() {
        for (int i = 0; i < 3; i++) {
            places.search("Paris", "198.51.100.3");
        }
        clock.now = clock.now.plusSeconds(20);
        ProblemException held = assertThrows(ProblemException.class, () -> places.search("Paris", "198.51.100.3"));
        assertEquals(429, held.status());
        assertEquals(OptionalLong.of(40), held.retryAfterSeconds());
        assertEquals(1, places.search("Paris", "198.51.100.4").size(), "another address is not held back");

        clock.now = clock.now.plus(Duration.ofSeconds(40));
        assertEquals(1, places.search("Paris", "198.51.100.3").size(), "a new minute");
    }

    @Test
    void locatesALineOrSaysItIsUnknown() {
        assertEquals(PARIS, places.locate(" 12 rue des Martyrs, Paris "));
        DomainException unknown = assertThrows(DomainException.class, () -> places.locate("Atlantis"));
        assertEquals("problem.address.notFound", unknown.code());
    }

    @Test
    void aGeocoderThatIsDownIsA503() {
        down = true;
        ProblemException unavailable = assertThrows(ProblemException.class, () -> places.locate("Paris"));
        assertEquals(503, unavailable.status());
        assertEquals("problem.geocoderUnavailable", unavailable.code());
    }
}
