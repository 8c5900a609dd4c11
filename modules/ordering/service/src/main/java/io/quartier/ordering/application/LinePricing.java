package io.quartier.ordering.application;

import io.quartier.catalog.api.OptionGroupView;
import io.quartier.catalog.api.ProductView;
import io.quartier.kernel.problem.ProblemException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The price and name of an order line with its options: the product's price plus the deltas of the options
 * chosen, every option one of the product's own, each group's minimum and maximum respected. The name keeps
 * the options ("French onion soup (Large tureen)") so the kitchen and the customer read the same thing.
 */
final class LinePricing {

    /** The name and unit price an order line gets. */
    record Priced(String name, long unitPriceMinor) {
    }

    private static final int NAME_MAX = 200;

    private LinePricing() {
    }

    /** @throws ProblemException 409 {@code problem.order.invalidOptions} when the choice does not fit */
    static Priced price(ProductView product, List<Long> optionIds) {
        List<OptionGroupView> groups = product.optionGroups() == null ? List.of() : product.optionGroups();
        Set<Long> chosen = new HashSet<>(optionIds == null ? List.of() : optionIds);
        if (chosen.size() != (optionIds == null ? 0 : optionIds.size())) {
            throw invalid(product, "an option is chosen twice");
        }
        long unit = product.priceMinor();
        List<String> names = new ArrayList<>();
        int matched = 0;
        for (OptionGroupView group : groups) {
            int inGroup = 0;
            for (OptionGroupView.Option option : group.options()) {
                if (chosen.contains(option.id())) {
                    inGroup++;
                    unit += option.priceDeltaMinor();
                    names.add(option.name());
                }
            }
            if (inGroup < group.minChoices() || inGroup > group.maxChoices()) {
                throw invalid(product, "group " + group.id() + " takes " + group.minChoices() + " to "
                        + group.maxChoices() + " options, not " + inGroup);
            }
            matched += inGroup;
        }
        if (matched != chosen.size()) {
            throw invalid(product, "options " + chosen + " are not all the product's own");
        }
        String name = names.isEmpty() ? product.name() : product.name() + " (" + String.join(", ", names) + ")";
        return new Priced(name.length() > NAME_MAX ? name.substring(0, NAME_MAX - 1) + "…" : name, unit);
    }

    private static ProblemException invalid(ProductView product, String detail) {
        return ProblemException.conflict("problem.order.invalidOptions", "product " + product.id() + ": " + detail)
                .withError("productId", product.id());
    }
}
