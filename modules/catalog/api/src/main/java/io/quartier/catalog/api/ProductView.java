package io.quartier.catalog.api;

import java.time.Instant;
import java.util.List;

/**
 * A product with its price in minor units of the store's currency and its VAT rate in basis points.
 * {@code available} is whether it can be ordered now; {@code stockQuantity} is null when the product does not
 * track stock; {@code unavailableUntil} is when an "86" ends by itself (null when it does not);
 * {@code categoryId} is its shelf (null when unsorted); {@code allergens} are EU allergen codes (GLUTEN, MILK...)
 * and {@code dietaryTags} codes such as VEGAN or HALAL; {@code optionGroups} are the choices to make when
 * ordering it (empty when there are none); {@code photo} is the address of its small photo (null when it has
 * none; {@code size=large} in the address gives the large one).
 */
public record ProductView(long id, long storeId, long merchantId, String name, String description,
                          long priceMinor, String currency, int vatBasisPoints, boolean available,
                          Integer stockQuantity, Instant unavailableUntil, Long categoryId, List<String> allergens,
                          List<String> dietaryTags, List<OptionGroupView> optionGroups, String photo) {
}
