package io.quartier.catalog.domain.model.product;

import io.quartier.catalog.domain.model.store.Store;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** Removed by its merchant: off every shelf and list, never orderable, kept for the orders that name it. */
    @Column(nullable = false)
    private boolean archived;

    /** Where the product appears in the store's list; lower first. */
    @Column(nullable = false)
    private int position;

    /** The shelf it stands on; null when the merchant has not sorted it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private Category category;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_allergen", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "allergen", length = 20, nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Allergen> allergens = EnumSet.noneOf(Allergen.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_dietary_tag", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "tag", length = 20, nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<DietaryTag> dietaryTags = EnumSet.noneOf(DietaryTag.class);

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<OptionGroup> optionGroups = new ArrayList<>();

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

    /** Replaces every translation; the texts must have passed {@link Texts#checkProduct}. */
    public void describe(Map<String, ProductTranslation> texts) {
        translations.clear();
        translations.putAll(texts);
    }

    /** Puts it on a shelf of its own store, or on none. */
    public void sortInto(Category newCategory) {
        if (newCategory != null && !newCategory.getStore().getId().equals(store.getId())) {
            throw new IllegalArgumentException("a product goes on a shelf of its own store");
        }
        category = newCategory;
    }

    public void declare(Set<Allergen> newAllergens, Set<DietaryTag> newTags) {
        allergens.clear();
        allergens.addAll(newAllergens);
        dietaryTags.clear();
        dietaryTags.addAll(newTags);
    }

    /** Replaces every option group; the drafts must have passed {@link OptionRules#check}. */
    public void replaceOptionGroups(List<OptionRules.GroupDraft> drafts) {
        optionGroups.clear();
        int position = 1;
        for (OptionRules.GroupDraft draft : drafts) {
            OptionGroup group = new OptionGroup(this, position++, draft.names(), draft.minChoices(), draft.maxChoices());
            draft.options().forEach(option -> group.addOption(option.names(), option.priceDeltaMinor()));
            optionGroups.add(group);
        }
    }

    public List<OptionGroup> getOptionGroups() {
        return List.copyOf(optionGroups);
    }

    public void moveTo(int newPosition) {
        position = newPosition;
    }

    public Map<String, ProductTranslation> getTranslations() {
        return Map.copyOf(translations);
    }

    public Category getCategory() {
        return category;
    }

    public Set<Allergen> getAllergens() {
        return allergens.isEmpty() ? Set.of() : EnumSet.copyOf(allergens);
    }

    public Set<DietaryTag> getDietaryTags() {
        return dietaryTags.isEmpty() ? Set.of() : EnumSet.copyOf(dietaryTags);
    }

    /**
     * Whether a customer can order it at {@code now}: not "86"ed (or the 86 has run out) and, when it tracks
     * stock, at least one unit on hand.
     */
    public boolean isOrderableAt(Instant now) {
        if (archived) {
            return false;
        }
        boolean switchedOn = available || (unavailableUntil != null && !now.isBefore(unavailableUntil));
        return switchedOn && (stockQuantity == null || stockQuantity > 0);
    }

    public void archive() {
        archived = true;
    }

    public boolean isArchived() {
        return archived;
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
