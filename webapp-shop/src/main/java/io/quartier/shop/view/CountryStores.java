package io.quartier.shop.view;

import io.quartier.catalog.api.StoreView;
import java.io.Serializable;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The stores of one country, under the country's name in the reader's language. */
public class CountryStores implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String name;
    private final List<StoreRow> stores;

    CountryStores(String code, String name, List<StoreRow> stores) {
        this.code = code;
        this.name = name;
        this.stores = stores;
    }

    /** Groups stores by country, countries and stores sorted by name for the reader's language. */
    public static List<CountryStores> group(List<StoreView> stores, Locale reader) {
        Collator collator = Collator.getInstance(reader);
        Map<String, List<StoreView>> byCountry = stores.stream()
                .collect(Collectors.groupingBy(StoreView::country, TreeMap::new, Collectors.toList()));
        return byCountry.entrySet().stream()
                .map(entry -> new CountryStores(entry.getKey(), countryName(entry.getKey(), reader),
                        entry.getValue().stream().sorted(Comparator.comparing(StoreView::name, collator))
                                .map(StoreRow::new).toList()))
                .sorted(Comparator.comparing(CountryStores::getName, collator))
                .toList();
    }

    static String countryName(String code, Locale reader) {
        String name = new Locale("", code).getDisplayCountry(reader);
        return name.isBlank() ? code : name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public List<StoreRow> getStores() {
        return stores;
    }
}
