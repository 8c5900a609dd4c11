package io.quartier.backoffice.view.merchant;

import io.quartier.catalog.api.OptionGroupDraft;
import io.quartier.catalog.api.OptionGroupView;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An option group in the product dialog: names by language, bounds, and its options with their price deltas. */
public class OptionGroupForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An option: names by language and what it adds, in major units. */
    public static class OptionForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Map<String, String> names = new HashMap<>();
        private BigDecimal delta = BigDecimal.ZERO;

        public Map<String, String> getNames() {
            return names;
        }

        public BigDecimal getDelta() {
            return delta;
        }

        public void setDelta(BigDecimal delta) {
            this.delta = delta;
        }
    }

    private final Map<String, String> names = new HashMap<>();
    private int minChoices;
    private int maxChoices = 1;
    private final List<OptionForm> options = new ArrayList<>();

    public OptionGroupForm() {
        options.add(new OptionForm());
    }

    static OptionGroupForm of(OptionGroupView group, int fractionDigits) {
        OptionGroupForm form = new OptionGroupForm();
        form.options.clear();
        form.names.putAll(group.names());
        form.minChoices = group.minChoices();
        form.maxChoices = group.maxChoices();
        for (OptionGroupView.Option option : group.options()) {
            OptionForm o = new OptionForm();
            o.names.putAll(option.names());
            o.delta = BigDecimal.valueOf(option.priceDeltaMinor(), fractionDigits);
            form.options.add(o);
        }
        return form;
    }

    OptionGroupDraft draft(int fractionDigits) {
        return new OptionGroupDraft(nonBlank(names), minChoices, maxChoices, options.stream()
                .map(o -> new OptionGroupDraft.Option(nonBlank(o.names),
                        o.delta == null ? 0 : o.delta.movePointRight(fractionDigits).longValue()))
                .toList());
    }

    private static Map<String, String> nonBlank(Map<String, String> texts) {
        Map<String, String> kept = new LinkedHashMap<>();
        texts.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                kept.put(language, text.strip());
            }
        });
        return kept;
    }

    public void addOption() {
        options.add(new OptionForm());
    }

    public void removeOption(OptionForm option) {
        options.remove(option);
    }

    public Map<String, String> getNames() {
        return names;
    }

    public int getMinChoices() {
        return minChoices;
    }

    public void setMinChoices(int minChoices) {
        this.minChoices = minChoices;
    }

    public int getMaxChoices() {
        return maxChoices;
    }

    public void setMaxChoices(int maxChoices) {
        this.maxChoices = maxChoices;
    }

    public List<OptionForm> getOptions() {
        return options;
    }
}
