package io.quartier.catalog.domain.model.product;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** One answer of an option group (Large, Extra cheese), with what it adds to the price in minor units. */
@Entity
@Table(name = "product_option")
public class ProductOption {

    @Id
    @SequenceGenerator(name = "product_option_seq", sequenceName = "product_option_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_option_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "option_group_id", nullable = false)
    private OptionGroup group;

    @Column(nullable = false)
    private int position;

    @Column(name = "price_delta_minor", nullable = false)
    private long priceDeltaMinor;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_option_translation", joinColumns = @JoinColumn(name = "option_id"))
    @MapKeyColumn(name = "lang", length = 5)
    @Column(name = "name", length = 80, nullable = false)
    private Map<String, String> names = new HashMap<>();

    protected ProductOption() {
    }

    ProductOption(OptionGroup group, int position, Map<String, String> names, long priceDeltaMinor) {
        this.group = group;
        this.position = position;
        this.names.putAll(names);
        this.priceDeltaMinor = priceDeltaMinor;
    }

    public Optional<String> name(String language, String fallbackLanguage) {
        return Optional.ofNullable(language == null ? null : names.get(language))
                .or(() -> Optional.ofNullable(names.get(fallbackLanguage)));
    }

    public Long getId() {
        return id;
    }

    public long getPriceDeltaMinor() {
        return priceDeltaMinor;
    }

    public Map<String, String> getNames() {
        return Map.copyOf(names);
    }
}
