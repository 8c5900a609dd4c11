package io.quartier.catalog.application;

import io.quartier.catalog.api.OpeningHoursView;
import io.quartier.catalog.api.StoreContact;
import io.quartier.catalog.api.StoreView;
import io.quartier.catalog.api.event.StoreChanged;
import io.quartier.catalog.api.event.StoreStatusChanged;
import io.quartier.catalog.domain.model.hours.Closure;
import io.quartier.catalog.domain.model.hours.OpeningRange;
import io.quartier.catalog.domain.model.hours.OpeningSchedule;
import io.quartier.catalog.domain.model.store.Store;
import io.quartier.catalog.domain.model.store.StoreRepository;
import io.quartier.kernel.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A merchant's opening hours, closures and pause. Every change is checked whole before it is applied and
 * announced with a {@link StoreStatusChanged}, so open shop pages follow at once.
 */
@ApplicationScoped
public class StoreHours {

    @Inject
    StoreRepository stores;

    @Inject
    CatalogEvents events;

    Clock clock = Clock.systemUTC();

    public OpeningHoursView of(long merchantId, long storeId) {
        return view(owned(merchantId, storeId));
    }

    @Transactional
    public OpeningHoursView changeWeek(long merchantId, long storeId, List<OpeningHoursView.Range> week) {
        Store store = owned(merchantId, storeId);
        store.replaceOpeningHours(ranges(week));
        return announced(store);
    }

    @Transactional
    public OpeningHoursView addClosure(long merchantId, long storeId, OpeningHoursView.ClosureDays days) {
        Store store = owned(merchantId, storeId);
        if (days == null) {
            throw ProblemException.invalid("catalog.closure.incomplete", "a closure needs its first and last day");
        }
        store.addClosure(new Closure(days.firstDay(), days.lastDay(), days.note()));
        return announced(store);
    }

    @Transactional
    public OpeningHoursView removeClosure(long merchantId, long storeId, String firstDay) {
        Store store = owned(merchantId, storeId);
        LocalDate day;
        try {
            day = LocalDate.parse(firstDay);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("catalog.closure.incomplete", "not a date: " + firstDay);
        }
        if (!store.removeClosure(day)) {
            throw ProblemException.notFound("closure", firstDay);
        }
        return announced(store);
    }

    /** Changes the store's contact details and delivery radius; answers the store as customers now see it. */
    @Transactional
    public StoreView changeContact(long merchantId, long storeId, StoreContact contact) {
        Store store = owned(merchantId, storeId);
        if (contact == null) {
            throw ProblemException.invalid("catalog.store.invalidPhone", "contact details are needed");
        }
        store.changeContact(contact.phone(), contact.email(), contact.deliveryRadiusMetres());
        events.publish(new StoreChanged(store.getId(), store.getMerchant().getId()));
        return CatalogQueries.view(store);
    }

    @Transactional
    public OpeningHoursView pause(long merchantId, long storeId, int minutes) {
        Store store = owned(merchantId, storeId);
        Instant now = clock.instant();
        // Whole seconds: what is stored and what is answered now must be the same instant.
        store.pauseUntil(now.plus(Duration.ofMinutes(minutes)).truncatedTo(ChronoUnit.SECONDS), now);
        return announced(store);
    }

    @Transactional
    public OpeningHoursView resume(long merchantId, long storeId) {
        Store store = owned(merchantId, storeId);
        store.resume();
        return announced(store);
    }

    private OpeningHoursView announced(Store store) {
        OpeningHoursView view = view(store);
        store.announce(view.status());
        events.publish(new StoreStatusChanged(store.getId(), store.getMerchant().getId(), view.status(),
                "OPEN".equals(view.status()) ? null : view.nextOpening()));
        return view;
    }

    private Store owned(long merchantId, long storeId) {
        return stores.byId(storeId)
                .filter(s -> s.getMerchant().getId() == merchantId)
                .orElseThrow(() -> ProblemException.notFound("store", storeId));
    }

    private OpeningHoursView view(Store store) {
        Instant now = clock.instant();
        OpeningSchedule schedule = store.openingSchedule();
        return new OpeningHoursView(store.getId(), store.getTimeZone(),
                store.getOpeningHours().stream().map(r -> new OpeningHoursView.Range(r.getDay().name(),
                        r.getOpens().toString(), r.getCloses().toString())).toList(),
                store.getClosures().stream().map(c -> new OpeningHoursView.ClosureDays(c.getFirstDay(), c.getLastDay(),
                        c.getNote())).toList(),
                store.pausedUntil(now).orElse(null), schedule.statusAt(now).name(),
                schedule.nextOpening(now).orElse(null), schedule.nextClosing(now).orElse(null));
    }

    /** Client ranges as domain ranges; a malformed day or time is a 400 naming its position. */
    static List<OpeningRange> ranges(List<OpeningHoursView.Range> week) {
        if (week == null) {
            throw ProblemException.invalid("catalog.hours.incomplete", "a week is needed (it may be empty)");
        }
        List<OpeningRange> ranges = new ArrayList<>();
        for (int i = 0; i < week.size(); i++) {
            OpeningHoursView.Range r = week.get(i);
            try {
                ranges.add(new OpeningRange(DayOfWeek.valueOf(r.day().strip().toUpperCase(Locale.ROOT)),
                        LocalTime.parse(r.opens().strip()), LocalTime.parse(r.closes().strip())));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("catalog.hours.incomplete", "range " + i + " is not a day and two times")
                        .withError("positions", List.of(i));
            }
        }
        return ranges;
    }
}
