package io.quartier.shop.view;

import io.quartier.catalog.api.OptionGroupView;
import io.quartier.kernel.Money;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One option group of a product in the "choose your options" dialog, with what the customer picked: one
 * option ({@code single}) when the group takes exactly one, several ({@code chosen}) otherwise.
 */
public class OptionChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An option as the dialog lists it, its price delta formatted for the reader ("+ €3.00"). */
    public static class Option implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String name;
        private final long priceDeltaMinor;
        private final String delta;

        Option(OptionGroupView.Option option, String currency, Locale reader) {
            this.id = option.id();
            this.name = option.name();
            this.priceDeltaMinor = option.priceDeltaMinor();
            this.delta = option.priceDeltaMinor() == 0 ? "" : "+ " + Money.of(option.priceDeltaMinor(), currency).format(reader);
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public long getPriceDeltaMinor() {
            return priceDeltaMinor;
        }

        public String getDelta() {
            return delta;
        }
    }

    private final long id;
    private final String name;
    private final int minChoices;
    private final int maxChoices;
    private final List<Option> options;
    private String single;
    private List<String> chosen = new ArrayList<>();

    public OptionChoice(OptionGroupView group, String currency, Locale reader) {
        this.id = group.id();
        this.name = group.name();
        this.minChoices = group.minChoices();
        this.maxChoices = group.maxChoices();
        this.options = group.options().stream().map(o -> new Option(o, currency, reader)).toList();
    }

    private OptionChoice(OptionChoice other) {
        this.id = other.id;
        this.name = other.name;
        this.minChoices = other.minChoices;
        this.maxChoices = other.maxChoices;
        this.options = other.options;
    }

    /** The same group with nothing picked, for a new dialog. */
    public OptionChoice fresh() {
        return new OptionChoice(this);
    }

    /** Exactly one to pick: radio buttons rather than check boxes. */
    public boolean isOne() {
        return minChoices == 1 && maxChoices == 1;
    }

    /** The options picked, by id. */
    public List<Long> picked() {
        List<String> ids = isOne() ? (single == null || single.isBlank() ? List.of() : List.of(single)) : chosen;
        return ids.stream().map(Long::valueOf).toList();
    }

    public boolean isSatisfied() {
        int count = picked().size();
        return count >= minChoices && count <= maxChoices;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getMinChoices() {
        return minChoices;
    }

    public int getMaxChoices() {
        return maxChoices;
    }

    public List<Option> getOptions() {
        return options;
    }

    public String getSingle() {
        return single;
    }

    public void setSingle(String single) {
        this.single = single;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen;
    }
}
