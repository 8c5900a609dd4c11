package io.quartier.catalog.domain.model.product;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A choice a customer makes when ordering a product (size, extras): between {@code minChoices} and
 * {@code maxChoices} of its options, each adding its price delta to the product's price.
 */
@Entity
@Table(name = "option_group")
public class OptionGroup {

    @Id
    @SequenceGenerator(name = "option_group_seq", sequenceName = "option_group_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "option_group_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Column(nullable = false)
    private int position;

    @Column(name = "min_choices", nullable = false)
    private int minChoices;

    @Column(name = "max_choices", nullable = false)
    private int maxChoices;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "option_group_translation", joinColumns = @JoinColumn(name = "option_group_id"))
    @MapKeyColumn(name = "lang", length = 5)
    @Column(name = "name", length = 80, nullable = false)
    private Map<String, String> names = new HashMap<>();

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<ProductOption> options = new ArrayList<>();

    protected OptionGroup() {
    }

    /** A group; its names and bounds must have been checked (see {@link OptionRules}). */
    public OptionGroup(Product product, int position, Map<String, String> names, int minChoices, int maxChoices) {
        this.product = product;
        this.position = position;
        this.names.putAll(names);
        this.minChoices = minChoices;
        this.maxChoices = maxChoices;
    }

    public void addOption(Map<String, String> optionNames, long priceDeltaMinor) {
        options.add(new ProductOption(this, options.size() + 1, optionNames, priceDeltaMinor));
    }

    public Optional<String> name(String language, String fallbackLanguage) {
        return Optional.ofNullable(language == null ? null : names.get(language))
                .or(() -> Optional.ofNullable(names.get(fallbackLanguage)));
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public int getMinChoices() {
        return minChoices;
    }

    public int getMaxChoices() {
        return maxChoices;
    }

    public Map<String, String> getNames() {
        return Map.copyOf(names);
    }

    public List<ProductOption> getOptions() {
        return List.copyOf(options);
    }
}
