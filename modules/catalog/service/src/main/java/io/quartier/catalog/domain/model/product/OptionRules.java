package io.quartier.catalog.domain.model.product;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What makes a set of option groups sound: each named in the store's language, choices bounded sensibly
 * ({@code 0 <= min <= max}, {@code max >= 1}, and at least {@code min} options to pick from), each option
 * named and never taking money off. Returns the codes of what is wrong, every one, none when all is well.
 */
public final class OptionRules {

    public static final int MAX_GROUPS = 10;
    public static final int MAX_OPTIONS = 30;

    /** A group as drafted: names by language, bounds, its options' names and price deltas. */
    public record GroupDraft(Map<String, String> names, int minChoices, int maxChoices, List<OptionDraft> options) {
    }

    public record OptionDraft(Map<String, String> names, long priceDeltaMinor) {
    }

    private OptionRules() {
    }

    public static List<String> check(List<GroupDraft> groups, String fallbackLanguage) {
        List<String> codes = new ArrayList<>();
        if (groups.size() > MAX_GROUPS) {
            codes.add("catalog.options.tooMany");
        }
        for (GroupDraft group : groups) {
            codes.addAll(Texts.checkNames(group.names(), fallbackLanguage, Texts.CATEGORY_NAME_MAX, "catalog.options.group"));
            List<OptionDraft> options = group.options() == null ? List.of() : group.options();
            if (group.minChoices() < 0 || group.maxChoices() < 1 || group.minChoices() > group.maxChoices()
                    || options.size() < Math.max(1, group.minChoices())) {
                codes.add("catalog.options.bounds");
            }
            if (options.size() > MAX_OPTIONS) {
                codes.add("catalog.options.tooMany");
            }
            for (OptionDraft option : options) {
                codes.addAll(Texts.checkNames(option.names(), fallbackLanguage, Texts.CATEGORY_NAME_MAX, "catalog.options.option"));
                if (option.priceDeltaMinor() < 0) {
                    codes.add("catalog.options.negativeDelta");
                }
            }
        }
        return codes.stream().distinct().toList();
    }
}
