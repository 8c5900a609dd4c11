package io.quartier.shop.view;

import io.quartier.catalog.api.CatalogApi;
import io.quartier.catalog.api.StoreFilters;
import io.quartier.shop.place.DeliveryPlace;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Messages;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import jakarta.faces.view.ViewScoped;
import io.quartier.ordering.api.RatingsApi;
import io.quartier.ordering.api.StoreScore;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shop's home page. With a delivery place chosen: the stores that deliver there, open ones first, narrowed by
 * type, dietary tag and a search text. Without one: a request to choose one, and every store by country.
 * <p>
 * The view parameters {@code lat}, {@code lon} and {@code place} (its label) choose a place, so that a link can carry
 * one; {@code type}, {@code tag} and {@code q} are the filters, so that a filtered list is a link too.
 */
@Named
@ViewScoped
public class HomeView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(HomeView.class.getName());

    @Inject
    @Service
    CatalogApi catalog;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    DeliveryPlace deliveryPlace;

    @Inject
    @Service
    RatingsApi ratings;

    private String lat;
    private String lon;
    private String place;
    private String type;
    private String tag;
    private String query;

    private List<NearbyStoreRow> nearby = List.of();
    private List<CountryStores> countries = List.of();
    /** Average stars and rating count per store id (plain values: the view is kept in the session). */
    private Map<Long, double[]> scores = Map.of();

    public void load() {
        if (lat != null || lon != null) {
            choosePlace();
        }
        if (deliveryPlace.isChosen()) {
            ServiceCall.run(() -> nearby = catalog.nearby(String.valueOf(deliveryPlace.getLatitude()),
                            String.valueOf(deliveryPlace.getLongitude()), type, null, tag, query,
                            localeSelection.getLanguage()).stream()
                    .map(store -> new NearbyStoreRow(store, localeSelection.getLocale(), Instant.now())).toList());
            scores = scores(nearby.stream().map(NearbyStoreRow::getId).toList());
        } else {
            ServiceCall.run(() -> countries = CountryStores.group(catalog.stores(null), localeSelection.getLocale()));
        }
    }

    /**
     * The stores' average stars. The list is useful without them: when ordering cannot say, the stores are shown
     * without their stars and the failure is logged, not shown.
     */
    private Map<Long, double[]> scores(List<Long> storeIds) {
        if (storeIds.isEmpty()) {
            return Map.of();
        }
        try {
            return ratings.storeScores(storeIds.stream().limit(200).map(String::valueOf).collect(Collectors.joining(",")))
                    .stream().collect(Collectors.toMap(StoreScore::storeId,
                            score -> new double[] {score.average(), score.count()}, (a, b) -> a, HashMap::new));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "store ratings unavailable; the list is shown without them", e);
            return Map.of();
        }
    }

    /** The store's average stars in the reader's format ("4,3"), or null when it has no rating yet. */
    public String average(long storeId) {
        double[] score = scores.get(storeId);
        return score == null ? null : String.format(localeSelection.getLocale(), "%.1f", score[0]);
    }

    /** How many ratings the store's average is made of. */
    public long ratingCount(long storeId) {
        double[] score = scores.get(storeId);
        return score == null ? 0 : (long) score[1];
    }

    private void choosePlace() {
        if (blank(lat) || blank(lon)) {
            Messages.error("catalog.place.invalid");
            return;
        }
        try {
            double latitude = Double.parseDouble(lat);
            double longitude = Double.parseDouble(lon);
            String label = place == null || place.isBlank() ? lat.strip() + ", " + lon.strip() : place.strip();
            deliveryPlace.choose(label.length() > 200 ? label.substring(0, 200) : label, latitude, longitude, null);
        } catch (IllegalArgumentException notAPlace) {
            // Not a number (NumberFormatException is one), or off the Earth (DeliveryPlace refuses it): said, not chosen.
            Messages.error("catalog.place.invalid");
        }
    }

    /** "All" then each merchant type, each a link to this page with that filter and the others kept. */
    public List<FilterChip> getTypeChips() {
        return chips(StoreFilters.MERCHANT_TYPES, "enum.MerchantType.", "shop.home.anyType", type, "type");
    }

    /** "Any" then each dietary tag, each a link to this page with that filter and the others kept. */
    public List<FilterChip> getTagChips() {
        return chips(StoreFilters.DIETARY_TAGS, "enum.DietaryTag.", "shop.home.anyTag", tag, "tag");
    }

    private List<FilterChip> chips(List<String> values, String labelPrefix, String anyLabel, String current,
                                   String parameter) {
        List<FilterChip> chips = new ArrayList<>();
        chips.add(new FilterChip("", anyLabel, blank(current), link(parameter, null)));
        for (String value : values) {
            chips.add(new FilterChip(value, labelPrefix + value, value.equalsIgnoreCase(current), link(parameter, value)));
        }
        return chips;
    }

    /** This page's address relative to it, with the current filters and {@code parameter} set to {@code value}. */
    private String link(String parameter, String value) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("type", type);
        filters.put("tag", tag);
        filters.put("q", query);
        filters.put(parameter, value);
        StringBuilder link = new StringBuilder("index.xhtml");
        char separator = '?';
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            if (!blank(filter.getValue())) {
                link.append(separator).append(filter.getKey()).append('=')
                        .append(URLEncoder.encode(filter.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return link.toString();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public boolean isFiltered() {
        return !blank(type) || !blank(tag) || !blank(query);
    }

    public List<NearbyStoreRow> getNearby() {
        return nearby;
    }

    public List<CountryStores> getCountries() {
        return countries;
    }

    public String getLat() {
        return lat;
    }

    public void setLat(String lat) {
        this.lat = lat;
    }

    public String getLon() {
        return lon;
    }

    public void setLon(String lon) {
        this.lon = lon;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    /** A filter value as a link; {@code label} is a bundle key. */
    public static class FilterChip implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String value;
        private final String label;
        private final boolean current;
        private final String link;

        FilterChip(String value, String label, boolean current, String link) {
            this.value = value;
            this.label = label;
            this.current = current;
            this.link = link;
        }

        /** The filter's value; empty for "any". */
        public String getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }

        public boolean isCurrent() {
            return current;
        }

        public String getLink() {
            return link;
        }
    }
}
