package io.quartier.catalog.api;

import java.util.List;

/**
 * The values {@link CatalogApi#nearby}'s {@code type} and {@code tag} filters take, in the order a page offers them;
 * their labels are the bundle's {@code enum.MerchantType.<type>} and {@code enum.DietaryTag.<tag>}.
 */
public final class StoreFilters {

    public static final List<String> MERCHANT_TYPES = List.of("RESTAURANT", "GROCERY", "SPECIALTY");

    public static final List<String> DIETARY_TAGS = List.of("VEGETARIAN", "VEGAN", "GLUTEN_FREE", "HALAL", "KOSHER",
            "ORGANIC", "SPICY");

    private StoreFilters() {
    }
}
