package io.quartier.backoffice.view.admin;

import io.quartier.catalog.api.StoreView;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How many stores a country has. */
public class CountryCount implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String name;
    private final long stores;

    CountryCount(String code, String name, long stores) {
        this.code = code;
        this.name = name;
        this.stores = stores;
    }

    /** Counts per country, in country code order, named in the reader's language. */
    public static List<CountryCount> of(List<StoreView> stores, Locale reader) {
        Map<String, Long> counts = stores.stream()
                .collect(Collectors.groupingBy(StoreView::country, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .map(entry -> new CountryCount(entry.getKey(), new Locale("", entry.getKey()).getDisplayCountry(reader),
                        entry.getValue()))
                .toList();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public long getStores() {
        return stores;
    }
}
