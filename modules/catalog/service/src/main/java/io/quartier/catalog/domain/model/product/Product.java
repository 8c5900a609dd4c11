package io.quartier.catalog.domain.model.product;

import io.quartier.catalog.domain.model.store.Store;
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

/** Something a store sells, at a price in the store's currency, with its texts in several languages. */
@Entity
@Table(name = "product")
public class Product {

    @Id
    @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "store_id", nullable = false)
    private Store store;

    @Column(name = "price_minor", nullable = false)
    private long priceMinor;

    @Column(name = "vat_basis_points", nullable = false)
    private int vatBasisPoints;

    @Column(nullable = false)
    private boolean available;

    /** Where the product appears in the store's list; lower first. */
    @Column(nullable = false)
    private int position;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "product_translation", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "lang", length = 5)
    private Map<String, ProductTranslation> translations = new HashMap<>();

    protected Product() {
    }

    public Product(Store store, long priceMinor, int vatBasisPoints, boolean available, int position) {
        this.store = store;
        this.priceMinor = priceMinor;
        this.vatBasisPoints = vatBasisPoints;
        this.available = available;
        this.position = position;
    }

    /** The product's text for a reader of {@code language}, by the {@link TranslationFallback} rule. */
    public Optional<ProductTranslation> translation(String language) {
        return TranslationFallback.pick(translations, language, store.getLanguage());
    }

    public void translate(String language, String name, String description) {
        translations.put(language, new ProductTranslation(name, description));
    }

    public Long getId() {
        return id;
    }

    public Store getStore() {
        return store;
    }

    public long getPriceMinor() {
        return priceMinor;
    }

    public int getVatBasisPoints() {
        return vatBasisPoints;
    }

    public boolean isAvailable() {
        return available;
    }

    public int getPosition() {
        return position;
    }
}
