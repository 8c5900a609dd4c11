package io.quartier.catalog.api;

import java.util.List;
import java.util.Map;

/**
 * A choice to make when ordering a product: between {@code minChoices} and {@code maxChoices} of its options.
 * {@code name} is in the language asked for (else the store's); {@code names} holds every translation.
 */
public record OptionGroupView(long id, String name, Map<String, String> names, int minChoices, int maxChoices,
                              List<Option> options) {

    /** One option; {@code priceDeltaMinor} is added to the product's price when chosen. */
    public record Option(long id, String name, Map<String, String> names, long priceDeltaMinor) {
    }
}
