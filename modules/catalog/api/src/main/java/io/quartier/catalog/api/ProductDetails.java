package io.quartier.catalog.api;

import java.util.List;
import java.util.Map;

/**
 * A product with everything its merchant can edit: every translation, allergens, tags, its place on the shelf,
 * its options, and the address of its small photo (null when it has none).
 */
public record ProductDetails(long id, long storeId, Long categoryId, long priceMinor, String currency,
                             int vatBasisPoints, Map<String, ProductText> texts, List<String> allergens,
                             List<String> dietaryTags, Integer stockQuantity, boolean available, int position,
                             List<OptionGroupView> optionGroups, String photo) {
}
