package io.quartier.catalog.application;

import io.quartier.catalog.api.DeliveryQuote;
import io.quartier.catalog.api.NearbyStoreView;
import io.quartier.catalog.domain.model.finder.DeliveringStores;
import io.quartier.catalog.domain.model.finder.NearbyStore;
import io.quartier.catalog.domain.model.finder.StoreSearch;
import io.quartier.catalog.domain.model.product.Languages;
import io.quartier.catalog.domain.model.store.Place;
import io.quartier.catalog.domain.model.store.DeliveryTerms;
import io.quartier.catalog.domain.model.store.Store;
import io.quartier.catalog.domain.model.store.StoreRepository;
import io.quartier.kernel.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** Finds the stores that deliver to a customer's place, in the order the customer's list shows them. */
@ApplicationScoped
public class StoreFinder {

    @Inject
    DeliveringStores stores;

    @Inject
    StoreRepository allStores;

    Clock clock = Clock.systemUTC();

    /**
     * @param lang           the reader's language, if the caller named it
     * @param acceptLanguage the HTTP header, for a caller that did not: its first supported language
     * @throws io.quartier.kernel.domain.DomainException invalid, for a place that is not one
     *                                                   ({@code catalog.place.invalid}) or a bad filter
     *                                                   ({@code catalog.search.*})
     */
    public List<NearbyStoreView> nearby(String lat, String lon, String type, String shelf, String tag, String q,
                                        String lang, String acceptLanguage) {
        Place place = Place.parse(lat, lon);
        String language = lang == null || lang.isBlank() ? accepted(acceptLanguage) : CatalogQueries.language(lang);
        StoreSearch search = StoreSearch.of(type, shelf, tag, q, language);
        return NearbyStore.deliveringTo(place, stores.mayDeliverTo(place, search), clock.instant()).stream()
                .map(StoreFinder::view).toList();
    }

    /**
     * What delivering from the store to the place costs and takes, and whether its radius covers the place; with
     * neither {@code lat} nor {@code lon}, the base fee (the first kilometre) and the preparation time.
     *
     * @throws ProblemException 404 for an unknown store
     * @throws io.quartier.kernel.domain.DomainException invalid {@code catalog.place.invalid} for one of the two
     *                                                   alone, or a place that is not one
     */
    public DeliveryQuote quote(long storeId, String lat, String lon) {
        Store store = allStores.byId(storeId).orElseThrow(() -> ProblemException.notFound("store", storeId));
        DeliveryTerms terms = store.getDeliveryTerms();
        if (lat == null && lon == null) {
            return new DeliveryQuote(storeId, terms.feeMinor(0), store.getCurrency(), terms.minutes(0), null, true);
        }
        Place place = Place.parse(lat, lon);
        long metres = store.location().metresTo(place);
        return new DeliveryQuote(storeId, terms.feeMinor(metres), store.getCurrency(), terms.minutes(metres), metres,
                store.deliversTo(place));
    }

    /** The first supported language of an {@code Accept-Language} header; null for none. */
    static String accepted(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return null;
        }
        try {
            return Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), Languages.SUPPORTED);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("problem.invalidLanguage", "unreadable Accept-Language: " + e.getMessage());
        }
    }

    private static NearbyStoreView view(NearbyStore found) {
        Store s = found.store();
        return new NearbyStoreView(s.getId(), s.getMerchant().getId(), s.getName(), s.getMerchant().getType().name(),
                s.getAddress(), s.getCountry(), s.getCurrency(), s.getTimeZone(), s.getLatitude(), s.getLongitude(),
                found.distanceMetres(), found.status().name(), found.availability().name(), found.opensAt(),
                found.deliveryFeeMinor(), found.deliveryMinutes());
    }
}
