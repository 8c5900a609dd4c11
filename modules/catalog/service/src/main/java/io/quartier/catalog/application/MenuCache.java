package io.quartier.catalog.application;

import io.quartier.catalog.api.event.PriceChanged;
import io.quartier.catalog.api.event.ProductChanged;
import io.quartier.catalog.api.event.StockChanged;
import io.quartier.catalog.api.event.StoreChanged;
import io.quartier.catalog.api.event.StoreStatusChanged;
import io.quartier.kernel.event.DomainEvent;
import java.util.OptionalLong;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the shop reads of a store at every page and every menu call (the store's view, its shelves, its products in
 * one language), kept in this instance's memory, so that the lunch peak reads the database once per change instead of
 * once per page.
 * <p>
 * Rules: an entry is keyed by store, part and language, so a read never gets another store's products or another
 * language's texts. Every catalog event about a store forgets everything kept of that store, in every language
 * ({@link #forget}); a read that began before the event is not kept. An entry also lapses when time alone changes
 * it ({@link Read#changesAt}: a product's "86" running out, the store opening or closing by its hours) and at the
 * latest after {@code catalog.menu-cache.max-age} (10 s), the bound on staleness should an event ever be missed. At
 * most {@code catalog.menu-cache.size} entries (500) are kept, the least recently read going first.
 * <p>
 * Why a map per instance fed by the broker, not Payara's data grid: the events that say what changed already travel
 * on the catalog's topic, and each instance hears all of them on a non-durable subscription of its own (a durable
 * shared one would hand each event to one instance only); a price change is then forgotten everywhere within
 * milliseconds of its commit. A grid would add a network hop and a deserialisation to every read, which is the cost
 * this cache is here to remove, and would still need the same invalidation.
 */
@ApplicationScoped
public class MenuCache {

    /** The parts of a store that are kept. */
    public enum Part { STORE, SHELVES, PRODUCTS }

    /** One entry: a part of a store, in a language (null: each text in the store's own language). */
    public record Key(long storeId, Part part, String language) {
    }

    /** A value as read from the database, and when time alone will change it (null: only an event will). */
    public record Read<T>(T value, Instant changesAt) {
    }

    private record Entry(Object value, Instant expiresAt) {
    }

    @Inject
    @ConfigProperty(name = "catalog.menu-cache.size", defaultValue = "500")
    int size;

    @Inject
    @ConfigProperty(name = "catalog.menu-cache.max-age", defaultValue = "PT10S")
    Duration maxAge;

    Clock clock = Clock.systemUTC();

    /** Least recently read first. */
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    /** How many times each store was forgotten: a read that saw another count is not kept. */
    private final Map<Long, Long> forgotten = new HashMap<>();

    /** The kept value of {@code key}, or what {@code load} reads (kept unless the store changed meanwhile). */
    @SuppressWarnings("unchecked")
    public <T> T read(Key key, Supplier<Read<T>> load) {
        long generation;
        Instant now = clock.instant();
        synchronized (this) {
            Entry entry = entries.get(key);
            if (entry != null && now.isBefore(entry.expiresAt())) {
                return (T) entry.value();
            }
            generation = forgotten.getOrDefault(key.storeId(), 0L);
        }
        Read<T> read = load.get();
        Instant expires = now.plus(maxAge);
        if (read.changesAt() != null && read.changesAt().isBefore(expires)) {
            expires = read.changesAt();
        }
        synchronized (this) {
            if (forgotten.getOrDefault(key.storeId(), 0L) == generation) {
                entries.put(key, new Entry(read.value(), expires));
                Iterator<Key> eldest = entries.keySet().iterator();
                while (entries.size() > size) {
                    eldest.next();
                    eldest.remove();
                }
            }
        }
        return read.value();
    }

    /** The store a catalog event is about, when it changes what this cache keeps. */
    public static OptionalLong storeChangedBy(DomainEvent event) {
        if (event instanceof PriceChanged e) {
            return OptionalLong.of(e.storeId());
        } else if (event instanceof StockChanged e) {
            return OptionalLong.of(e.storeId());
        } else if (event instanceof ProductChanged e) {
            return OptionalLong.of(e.storeId());
        } else if (event instanceof StoreStatusChanged e) {
            return OptionalLong.of(e.storeId());
        } else if (event instanceof StoreChanged e) {
            return OptionalLong.of(e.storeId());
        }
        return OptionalLong.empty();
    }

    /** A catalog change made on this instance: the store is forgotten once its transaction has committed. */
    void changedHere(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvent event) {
        storeChangedBy(event).ifPresent(this::forget);
    }

    /** Forgets everything kept of the store; a read already under way is not kept either. */
    public synchronized void forget(long storeId) {
        forgotten.merge(storeId, 1L, Long::sum);
        entries.keySet().removeIf(key -> key.storeId() == storeId);
    }
}
