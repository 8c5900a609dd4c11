package io.quartier.catalog.api;

import java.util.List;
import java.util.Map;

/** An option group as the merchant writes it; names by language, the store's own required. */
public record OptionGroupDraft(Map<String, String> names, int minChoices, int maxChoices, List<Option> options) {

    /** An option: names by language and what it adds to the price, in minor units (0 or more). */
    public record Option(Map<String, String> names, long priceDeltaMinor) {
    }
}
