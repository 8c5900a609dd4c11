package io.quartier.delivery.application.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.delivery.application.dispatch.Zoning.Share;
import io.quartier.delivery.domain.model.courier.Courier;
import io.quartier.delivery.domain.model.courier.VehicleKind;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import io.quartier.delivery.domain.model.geo.Zones;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.delivery.domain.model.job.DeliveryJob.Stop;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The split of a round's work by zone, and who may be offered what. */
class ZoningTest {

    static final Instant NOW = Instant.parse("2026-11-28T19:00:00Z");
    static final GeoPoint PARIS_CENTRE = new GeoPoint(48.8566, 2.3522);
    static final GeoPoint CHEZ_MARCEL = new GeoPoint(48.8796, 2.3353);
    static final GeoPoint DAR_TAJINE = new GeoPoint(33.5890, -7.6310);
    static final GeoPoint LONDON = new GeoPoint(51.5390, -0.1426);

    private final Zoning zoning = new Zoning(Zones.parse("Paris:48.8566,2.3522,20;Casablanca:33.5731,-7.5898,20"),
            15_000);
    private long ids = 1;

    @Test
    void eachZoneHasItsOwnJobsAndTheCouriersWhoWorkThere() {
        DeliveryJob marcel = job(CHEZ_MARCEL);
        DeliveryJob tajine = job(DAR_TAJINE);
        Courier carlos = courier(20, "Paris 9e", null);
        Courier dora = courier(21, "Paris 11e", CHEZ_MARCEL);
        Courier youssef = courier(30, "Casablanca", null);

        Map<String, Share> shares = byName(zoning.split(List.of(marcel, tajine), List.of(carlos, dora, youssef)));

        assertEquals(List.of(marcel), shares.get("Paris").jobs());
        assertEquals(List.of(carlos, dora), shares.get("Paris").couriers());
        assertEquals(List.of(tajine), shares.get("Casablanca").jobs());
        assertEquals(List.of(youssef), shares.get("Casablanca").couriers());
        assertEquals(2, shares.size());
    }

    @Test
    void aZoneWithJobsButNoCourierHasItsShareAndAZoneWithoutJobsHasNone() {
        DeliveryJob tajine = job(DAR_TAJINE);

        List<Share> shares = zoning.split(List.of(tajine), List.of(courier(20, "Paris 9e", null)));

        assertEquals(1, shares.size());
        assertEquals("Casablanca", shares.get(0).name());
        assertTrue(shares.get(0).couriers().isEmpty(), "the Paris courier is not Casablanca's");
    }

    @Test
    void aCourierWithoutAKnownHomeZoneWorksWhereItWasLastSeen() {
        Courier seenInParis = courier(22, null, CHEZ_MARCEL);
        Courier montmartre = courier(23, "Montmartre", DAR_TAJINE);
        Courier nowhere = courier(24, null, null);

        assertEquals("Paris", zoning.zoneOf(seenInParis).orElseThrow().name());
        assertEquals("Casablanca", zoning.zoneOf(montmartre).orElseThrow().name());
        assertTrue(zoning.zoneOf(nowhere).isEmpty());
        Map<String, Share> shares = byName(zoning.split(List.of(job(CHEZ_MARCEL)),
                List.of(seenInParis, montmartre, nowhere)));
        assertEquals(List.of(seenInParis), shares.get("Paris").couriers());
    }

    @Test
    void aCourierWithoutAPositionIsAtItsZonesCentreNeverAmidUnrelatedPickups() {
        Courier carlos = courier(20, "Paris 9e", null);
        Courier nowhere = courier(24, null, null);

        assertEquals(PARIS_CENTRE, zoning.place(carlos).orElseThrow());
        assertTrue(zoning.place(nowhere).isEmpty());
        assertTrue(zoning.reaches(carlos, job(CHEZ_MARCEL)), "2.7 km from the centre");
        assertFalse(zoning.reaches(carlos, job(near(PARIS_CENTRE, 18_000))), "18 km out: too far to count on him");
        assertFalse(zoning.reaches(nowhere, job(CHEZ_MARCEL)));
    }

    @Test
    void aJobIsOfferedOnlyToACourierOfItsZoneWithinReachOfItsStore() {
        DeliveryJob marcel = job(CHEZ_MARCEL);
        DeliveryJob tajine = job(DAR_TAJINE);
        Courier carlos = courier(20, "Paris 9e", CHEZ_MARCEL);
        Courier away = courier(25, "Paris 9e", DAR_TAJINE);

        assertTrue(zoning.reaches(carlos, marcel));
        assertFalse(zoning.reaches(carlos, tajine), "another zone");
        assertFalse(zoning.reaches(away, marcel), "a Paris courier last seen in Casablanca");
        assertFalse(zoning.reaches(away, tajine), "not his zone, although he stands at the store");
    }

    @Test
    void jobsOutsideEveryZoneGoToCouriersOutsideEveryZoneWhosePositionIsKnownAndAJobWithoutAStoreToNone() {
        DeliveryJob london = job(LONDON);
        DeliveryJob unknown = new DeliveryJob(99, 1, 1, new Stop("?", "?", null, null),
                new Stop(null, "door", null, null), NOW, NOW.plusSeconds(1800), NOW);
        Courier inLondon = courier(26, "Camden", near(LONDON, 2000));
        Courier nowhere = courier(24, null, null);
        Courier carlos = courier(20, "Paris 9e", null);

        List<Share> shares = zoning.split(List.of(london, unknown), List.of(inLondon, nowhere, carlos));

        assertEquals(1, shares.size());
        assertNull(shares.get(0).zone());
        assertEquals(List.of(london), shares.get(0).jobs());
        assertEquals(List.of(inLondon), shares.get(0).couriers());
        assertTrue(zoning.reaches(inLondon, london));
        assertFalse(zoning.reaches(carlos, london));
    }

    private DeliveryJob job(GeoPoint store) {
        return new DeliveryJob(ids++, 1, 1, new Stop("store", "street", store.lat(), store.lon()),
                new Stop(null, "door", store.lat(), store.lon()), NOW, NOW.plusSeconds(1800), NOW);
    }

    private static Courier courier(long id, String homeZone, GeoPoint seen) {
        Courier courier = new Courier(id, "C" + id, NOW);
        courier.approve();
        courier.describe(VehicleKind.BIKE, homeZone);
        if (seen != null) {
            courier.movedTo(seen.lat(), seen.lon());
        }
        return courier;
    }

    /** A place about {@code north} meters north of {@code from}. */
    private static GeoPoint near(GeoPoint from, double north) {
        return new GeoPoint(from.lat() + north / 111_195.0, from.lon());
    }

    private static Map<String, Share> byName(List<Share> shares) {
        return shares.stream().collect(Collectors.toMap(Share::name, s -> s));
    }
}
