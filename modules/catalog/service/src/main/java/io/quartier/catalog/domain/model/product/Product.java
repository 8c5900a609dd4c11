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
import java.time.Instant;
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

    /** Units on hand for products that track stock (groceries); null for those that don't (a kitchen's dishes). */
    @Column(name = "stock_quantity")
    private Integer stockQuantity;

    /** When an "86" (available = false) ends by itself; null when it lasts until the merchant lifts it. */
    @Column(name = "unavailable_until")
    private Instant unavailableUntil;

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

    /**
     * Whether a customer can order it at {@code now}: not "86"ed (or the 86 has run out) and, when it tracks
     * stock, at least one unit on hand.
     */
    public boolean isOrderableAt(Instant now) {
        boolean switchedOn = available || (unavailableUntil != null && !now.isBefore(unavailableUntil));
        return switchedOn && (stockQuantity == null || stockQuantity > 0);
    }

    public boolean tracksStock() {
        return stockQuantity != null;
    }

    /** A new price in minor units of the store's currency; never negative. */
    public void changePrice(long newPriceMinor) {
        if (newPriceMinor < 0) {
            throw new IllegalArgumentException("a price cannot be negative");
        }
        priceMinor = newPriceMinor;
    }

    /** "86": not orderable until {@code until}, or until {@link #makeAvailable()} when {@code until} is null. */
    public void makeUnavailable(Instant until) {
        available = false;
        unavailableUntil = until;
    }

    public void makeAvailable() {
        available = true;
        unavailableUntil = null;
    }

    /** Units on hand, counted by the merchant; starts tracking stock if the product did not. */
    public void countStock(int quantity) {
        if (quantity < 0) {
            throw new IllegalArgumentException("stock cannot be negative");
        }
        stockQuantity = quantity;
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

    public Integer getStockQuantity() {
        return stockQuantity;
    }

    public Instant getUnavailableUntil() {
        return unavailableUntil;
    }

    public int getPosition() {
        return position;
    }
}
