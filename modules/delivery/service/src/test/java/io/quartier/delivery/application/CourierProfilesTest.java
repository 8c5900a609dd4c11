package io.quartier.delivery.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.kernel.domain.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A courier's home zone names a zone dispatch plans in, or a district of one: otherwise it would be offered nothing. */
class CourierProfilesTest {

    private final Couriers profiles = profiles("Paris:48.8566,2.3522,20;London:51.5074,-0.1278,30");

    @Test
    void aZoneOrOneOfItsDistrictsIsTakenAndAnyOtherNameRefusedNamingTheZones() {
        assertEquals("Paris 9e", profiles.describe(7, "carla", "BIKE", " Paris 9e ").getHomeZone());
        assertEquals("London", profiles.describe(7, "carla", "SCOOTER", "London").getHomeZone());

        DomainException refused = assertThrows(DomainException.class,
                () -> profiles.describe(7, "carla", "BIKE", "Atlantis"));
        assertEquals("problem.courier.unknownZone", refused.code());
        assertEquals(List.of("Paris", "London"), refused.errors().get("zones"));
        assertEquals(List.of("Paris", "London"), profiles.zoneNames());
    }

    @Test
    void noZoneIsAllowedAndWithoutConfiguredZonesAnyNameGoes() {
        assertNull(profiles.describe(7, "carla", "BIKE", " ").getHomeZone());
        assertEquals("Atlantis", profiles("none").describe(7, "carla", "BIKE", "Atlantis").getHomeZone());
    }

    @Test
    void anOverlongNameIsRefusedForItsLengthFirst() {
        DomainException refused = assertThrows(DomainException.class,
                () -> profiles.describe(7, "carla", "BIKE", "Z".repeat(81)));
        assertEquals("problem.courier.invalidZone", refused.code());
    }

    private static Couriers profiles(String zones) {
        Couriers profiles = new Couriers();
        profiles.couriers = new InMemory.Couriers();
        profiles.jobs = new InMemory.Jobs();
        profiles.zoneConfig = zones;
        return profiles;
    }
}
