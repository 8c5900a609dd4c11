package io.quartier.catalog.domain.model.finder;

import io.quartier.catalog.domain.model.hours.OpeningSchedule;
import io.quartier.catalog.domain.model.hours.OpeningStatus;
import io.quartier.catalog.domain.model.store.Place;
import io.quartier.catalog.domain.model.store.Store;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A store that delivers to a customer's place, as the customer's list of stores shows it: how far, whether it
 * takes orders now or when it opens, what delivery costs and how long it takes.
 *
 * @param opensAt when it next takes orders; null when open now, or when it has no hours at all
 */
public record NearbyStore(Store store, long distanceMetres, OpeningStatus status, Availability availability,
                          Instant opensAt) {

    /** The three groups of the list, in the order they are shown. */
    public enum Availability {
        /** Takes orders now; nearest first. */
        OPEN_NOW,
        /** Outside its hours now, opening again later today (in its own time zone); soonest first. */
        OPENS_LATER_TODAY,
        /**
         * Paused, on a closure day, or not opening again today: shown last, with when it next opens, since it can
         * still take an order for later.
         */
        NOT_TODAY
    }

    /** Open now, nearest first; then opening later today, soonest first; then the rest, soonest first. */
    public static final Comparator<NearbyStore> ORDER = Comparator.comparing((NearbyStore n) -> n.availability())
            .thenComparing(NearbyStore::opensAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(NearbyStore::distanceMetres)
            .thenComparing(n -> n.store().getId(), Comparator.nullsLast(Comparator.naturalOrder()));

    /** Of {@code candidates}, the stores whose delivery radius covers {@code place}, in {@link #ORDER}. */
    public static List<NearbyStore> deliveringTo(Place place, Collection<Store> candidates, Instant now) {
        return candidates.stream()
                .filter(store -> store.deliversTo(place))
                .map(store -> of(store, place, now))
                .sorted(ORDER)
                .toList();
    }

    static NearbyStore of(Store store, Place place, Instant now) {
        OpeningSchedule schedule = store.openingSchedule();
        OpeningStatus status = schedule.statusAt(now);
        Instant opensAt = status == OpeningStatus.OPEN ? null : schedule.nextOpening(now).orElse(null);
        return new NearbyStore(store, store.location().metresTo(place), status,
                groupOf(status, opensAt, now, ZoneId.of(store.getTimeZone())), opensAt);
    }

    private static Availability groupOf(OpeningStatus status, Instant opensAt, Instant now, ZoneId zone) {
        if (status == OpeningStatus.OPEN) {
            return Availability.OPEN_NOW;
        }
        boolean laterToday = status == OpeningStatus.CLOSED && opensAt != null
                && LocalDate.ofInstant(opensAt, zone).equals(LocalDate.ofInstant(now, zone));
        return laterToday ? Availability.OPENS_LATER_TODAY : Availability.NOT_TODAY;
    }

    /** The delivery fee in the store's currency, in minor units. */
    public long deliveryFeeMinor() {
        return store.getDeliveryTerms().feeMinor(distanceMetres);
    }

    /** Minutes from ordering now to the door, when it is open now; from its opening otherwise. */
    public int deliveryMinutes() {
        return store.getDeliveryTerms().minutes(distanceMetres);
    }
}
