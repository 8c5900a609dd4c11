package io.quartier.backoffice.view.merchant;

import io.quartier.catalog.api.OptionGroupsChange;
import io.quartier.catalog.api.ProductDetails;
import io.quartier.catalog.api.ProductDraft;
import io.quartier.catalog.api.ProductText;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The product dialog of the catalog editor: texts side by side for every language, shelf, labels, price. */
public class ProductForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final int fractionDigits;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> descriptions = new HashMap<>();
    private Long categoryId;
    private BigDecimal price;
    private List<String> allergens = new ArrayList<>();
    private List<String> dietaryTags = new ArrayList<>();
    private final List<OptionGroupForm> optionGroups = new ArrayList<>();
    private String photo;

    /** An empty form for a new product of a store selling in {@code currency}. */
    public ProductForm(String currency) {
        this.id = null;
        this.fractionDigits = Currency.getInstance(currency).getDefaultFractionDigits();
        this.price = BigDecimal.ZERO.setScale(fractionDigits);
    }

    public ProductForm(ProductDetails product) {
        this.id = product.id();
        this.fractionDigits = Currency.getInstance(product.currency()).getDefaultFractionDigits();
        this.categoryId = product.categoryId();
        this.price = BigDecimal.valueOf(product.priceMinor(), fractionDigits);
        product.texts().forEach((language, text) -> {
            names.put(language, text.name());
            descriptions.put(language, text.description());
        });
        this.allergens = new ArrayList<>(product.allergens());
        this.dietaryTags = new ArrayList<>(product.dietaryTags());
        product.optionGroups().forEach(group -> optionGroups.add(OptionGroupForm.of(group, fractionDigits)));
        this.photo = product.photo();
    }

    /** The option groups to send, replacing the product's. */
    public OptionGroupsChange optionsChange() {
        return new OptionGroupsChange(optionGroups.stream().map(g -> g.draft(fractionDigits)).toList());
    }

    public void addOptionGroup() {
        optionGroups.add(new OptionGroupForm());
    }

    public void removeOptionGroup(OptionGroupForm group) {
        optionGroups.remove(group);
    }

    public List<OptionGroupForm> getOptionGroups() {
        return optionGroups;
    }

    /** The draft to send; blank languages are left out, the catalog checks the rest. */
    public ProductDraft draft() {
        Map<String, ProductText> texts = new LinkedHashMap<>();
        names.forEach((language, name) -> {
            if (name != null && !name.isBlank()) {
                texts.put(language, new ProductText(name, descriptions.get(language)));
            }
        });
        long priceMinor = price == null ? -1 : price.movePointRight(fractionDigits).longValue();
        return new ProductDraft(categoryId, priceMinor, texts, allergens, dietaryTags, null);
    }

    /** The address of the product's small photo, null when it has none. */
    public String getPhoto() {
        return photo;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public int getFractionDigits() {
        return fractionDigits;
    }

    public Map<String, String> getNames() {
        return names;
    }

    public Map<String, String> getDescriptions() {
        return descriptions;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public List<String> getAllergens() {
        return allergens;
    }

    public void setAllergens(List<String> allergens) {
        this.allergens = allergens;
    }

    public List<String> getDietaryTags() {
        return dietaryTags;
    }

    public void setDietaryTags(List<String> dietaryTags) {
        this.dietaryTags = dietaryTags;
    }
}
