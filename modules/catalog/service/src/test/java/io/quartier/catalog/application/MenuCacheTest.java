package io.quartier.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.catalog.application.MenuCache.Key;
import io.quartier.catalog.application.MenuCache.Part;
import io.quartier.catalog.application.MenuCache.Read;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MenuCacheTest {

    private static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");

    private final MenuCache cache = new MenuCache();
    /** Every key the database was read for, in order. */
    private final List<Key> loads = new ArrayList<>();

    @BeforeEach
    void tenSecondsAndThreeEntries() {
        at(NOON);
        cache.maxAge = Duration.ofSeconds(10);
        cache.size = 3;
    }

    @Test
    void aReadIsKeptUntilTheStoreChanges() {
        Key menu = new Key(1, Part.PRODUCTS, "fr");
        assertEquals("1 PRODUCTS fr #1", read(menu));
        assertEquals("1 PRODUCTS fr #1", read(menu));
        assertEquals(1, loads.size(), "the second read did not reach the database");

        cache.forget(1);

        assertEquals("1 PRODUCTS fr #2", read(menu));
    }

    @Test
    void eachLanguageAndEachStoreHasItsOwnEntry() {
        assertEquals("1 PRODUCTS fr #1", read(new Key(1, Part.PRODUCTS, "fr")));
        assertEquals("1 PRODUCTS en #2", read(new Key(1, Part.PRODUCTS, "en")));
        assertEquals("1 PRODUCTS null #3", read(new Key(1, Part.PRODUCTS, null)));

        assertEquals("1 PRODUCTS fr #1", read(new Key(1, Part.PRODUCTS, "fr")));
        assertEquals("1 PRODUCTS en #2", read(new Key(1, Part.PRODUCTS, "en")));
        assertEquals("2 PRODUCTS fr #4", read(new Key(2, Part.PRODUCTS, "fr")), "another store is read for itself");
    }

    @Test
    void aStoresChangeForgetsItsEveryPartAndLanguageButNoOtherStore() {
        cache.size = 10;
        read(new Key(1, Part.STORE, null));
        read(new Key(1, Part.SHELVES, "de"));
        read(new Key(1, Part.PRODUCTS, "de"));
        read(new Key(1, Part.PRODUCTS, "ar"));
        read(new Key(2, Part.PRODUCTS, "de"));

        cache.forget(1);
        loads.clear();
        read(new Key(1, Part.STORE, null));
        read(new Key(1, Part.SHELVES, "de"));
        read(new Key(1, Part.PRODUCTS, "de"));
        read(new Key(1, Part.PRODUCTS, "ar"));
        read(new Key(2, Part.PRODUCTS, "de"));

        assertEquals(List.of(new Key(1, Part.STORE, null), new Key(1, Part.SHELVES, "de"),
                new Key(1, Part.PRODUCTS, "de"), new Key(1, Part.PRODUCTS, "ar")), loads);
    }

    @Test
    void aReadThatBeganBeforeTheStoreChangedIsNotKept() {
        Key menu = new Key(1, Part.PRODUCTS, "fr");
        String stale = cache.read(menu, () -> {
            cache.forget(1);
            return new Read<>("the old price", null);
        });
        assertEquals("the old price", stale, "the caller still gets what it read");

        assertEquals("1 PRODUCTS fr #1", read(menu), "but the next read goes to the database");
    }

    @Test
    void aChangeOfAnotherStoreDuringTheReadDoesNotStopItBeingKept() {
        Key menu = new Key(1, Part.PRODUCTS, "fr");
        cache.read(menu, () -> {
            cache.forget(2);
            return new Read<>("kept", null);
        });

        assertEquals("kept", read(menu));
    }

    @Test
    void anEntryLapsesWhenTimeAloneChangesIt() {
        Key menu = new Key(1, Part.PRODUCTS, "fr");
        Instant backOnSale = NOON.plusSeconds(3);
        cache.read(menu, () -> new Read<>("sold out until 12:00:03", backOnSale));

        at(NOON.plusSeconds(2));
        assertEquals("sold out until 12:00:03", read(menu));
        at(backOnSale);
        assertEquals("1 PRODUCTS fr #1", read(menu));
    }

    @Test
    void anEntryLapsesAfterTheMaximumAgeWhateverHappens() {
        Key store = new Key(1, Part.STORE, null);
        cache.read(store, () -> new Read<>("open until tonight", NOON.plusSeconds(36_000)));

        at(NOON.plusSeconds(9));
        assertEquals("open until tonight", read(store));
        at(NOON.plusSeconds(10));
        assertEquals("1 STORE null #1", read(store));
    }

    @Test
    void theLeastRecentlyReadEntryGoesFirstWhenFull() {
        Key one = new Key(1, Part.PRODUCTS, "fr");
        Key two = new Key(2, Part.PRODUCTS, "fr");
        Key three = new Key(3, Part.PRODUCTS, "fr");
        read(one);
        read(two);
        read(three);
        read(one);

        read(new Key(4, Part.PRODUCTS, "fr"));
        loads.clear();
        read(one);
        read(three);
        read(two);

        assertEquals(List.of(two), loads, "two was read least recently; one and three are still kept");
    }

    private String read(Key key) {
        return cache.read(key, () -> {
            loads.add(key);
            return new Read<>(key.storeId() + " " + key.part() + " " + key.language() + " #" + loads.size(), null);
        });
    }

    private void at(Instant now) {
        cache.clock = Clock.fixed(now, ZoneOffset.UTC);
    }
}
