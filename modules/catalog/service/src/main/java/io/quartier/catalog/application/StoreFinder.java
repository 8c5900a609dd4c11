package io.quartier.catalog.application;

import io.quartier.catalog.api.NearbyStoreView;
import io.quartier.catalog.domain.model.finder.DeliveringStores;
import io.quartier.catalog.domain.model.finder.NearbyStore;
import io.quartier.catalog.domain.model.finder.StoreSearch;
import io.quartier.catalog.domain.model.product.Languages;
import io.quartier.catalog.domain.model.store.Place;
import io.quartier.catalog.domain.model.store.Store;
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
