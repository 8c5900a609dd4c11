package io.quartier.shop.view;

import io.quartier.catalog.api.ProductView;
import io.quartier.kernel.Money;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;
import java.util.Locale;

/** A product for the store page, its price formatted for the reader. */
public class ProductRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String description;
    private final long priceMinor;
    private final String currency;
    private final String price;
    private final boolean available;
    private final Integer stockQuantity;
    private final Long categoryId;
    private final List<String> labels;
    private final List<OptionChoice> optionGroups;
    private final String photo;

    public ProductRow(ProductView product, Locale reader) {
        this.id = product.id();
        this.name = product.name();
        this.description = product.description();
        this.priceMinor = product.priceMinor();
        this.currency = product.currency();
        this.price = Money.of(product.priceMinor(), product.currency()).format(reader);
        this.available = product.available();
        this.stockQuantity = product.stockQuantity();
        this.categoryId = product.categoryId();
        this.photo = product.photo();
        this.optionGroups = product.optionGroups() == null ? List.of()
                : product.optionGroups().stream().map(g -> new OptionChoice(g, product.currency(), reader)).toList();
        this.labels = Stream.concat(
                product.dietaryTags() == null ? Stream.empty() : product.dietaryTags().stream().map(t -> "enum.DietaryTag." + t),
                product.allergens() == null ? Stream.empty() : product.allergens().stream().map(a -> "enum.Allergen." + a))
                .toList();
    }

    /** The address of its small photo (served by the catalog, cached by browsers); null when it has none. */
    public String getPhoto() {
        return photo;
    }

    /** The option groups as the choose dialog starts them: nothing picked. */
    public List<OptionChoice> getOptionGroups() {
        return optionGroups;
    }

    public boolean isWithOptions() {
        return !optionGroups.isEmpty();
    }

    public Long getCategoryId() {
        return categoryId;
    }

    /** Bundle keys of its dietary tags, then its allergens. */
    public List<String> getLabels() {
        return labels;
    }

    /** Few left (1 to 5): worth telling the customer. */
    public boolean isLow() {
        return available && stockQuantity != null && stockQuantity <= 5;
    }

    public Integer getStockQuantity() {
        return stockQuantity;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public long getPriceMinor() {
        return priceMinor;
    }

    public String getCurrency() {
        return currency;
    }

    public String getPrice() {
        return price;
    }

    public boolean isAvailable() {
        return available;
    }
}
