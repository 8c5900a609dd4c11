package io.quartier.catalog.api;

import java.util.List;
import java.util.Map;

/**
 * A product as the merchant writes it, to create one or to replace an existing one's description. {@code texts}
 * maps a language (en, fr, es, de, ar) to the name and description in it; the store's own language is
 * required (it is what other languages fall back to). {@code allergens} are EU allergen codes (GLUTEN, MILK,
 * ...), {@code dietaryTags} codes such as VEGAN or HALAL. The service checks all of it and answers with codes.
 */
public record ProductDraft(Long categoryId, long priceMinor, Map<String, ProductText> texts, List<String> allergens,
                           List<String> dietaryTags, Integer stockQuantity) {
}
