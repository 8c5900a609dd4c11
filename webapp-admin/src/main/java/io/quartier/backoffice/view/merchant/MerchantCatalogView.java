package io.quartier.backoffice.view.merchant;

import io.quartier.catalog.api.Arrangement;
import io.quartier.catalog.api.CategoryDraft;
import io.quartier.catalog.api.CategoryView;
import io.quartier.catalog.api.MerchantCatalogApi;
import io.quartier.catalog.api.PhotoApi;
import io.quartier.catalog.api.ProductView;
import io.quartier.catalog.api.StoreView;
import io.quartier.kernel.Money;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Messages;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.Service;
import io.quartier.ui.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.primefaces.event.FileUploadEvent;

/**
 * The catalog editor: a store's shelves and products, dragged into order, and the product dialog with every
 * language side by side. The catalog checks each save whole and names every problem; the page shows them
 * translated and keeps what the merchant typed.
 */
@Named
@ViewScoped
public class MerchantCatalogView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The languages the editor shows side by side, the store's own first. */
    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "de", "ar");
    public static final List<String> ALLERGENS = List.of("GLUTEN", "CRUSTACEANS", "EGGS", "FISH", "PEANUTS", "SOY",
            "MILK", "NUTS", "CELERY", "MUSTARD", "SESAME", "SULPHITES", "LUPIN", "MOLLUSCS");
    public static final List<String> DIETARY_TAGS = List.of("VEGETARIAN", "VEGAN", "GLUTEN_FREE", "HALAL", "KOSHER",
            "ORGANIC", "SPICY");

    @Inject
    @Service
    MerchantCatalogApi catalog;

    @Inject
    @Service
    PhotoApi photos;

    @Inject
    UserSession userSession;

    @Inject
    LocaleSelection localeSelection;

    private final StoreChoice choice = new StoreChoice();
    private List<ShelfRow> categories = new ArrayList<>();
    private List<ShelfRow> products = new ArrayList<>();
    private Map<Long, String> categoryNames = new HashMap<>();
    private Map<String, String> newCategory = new HashMap<>();
    private ProductForm form;

    public void load() {
        ServiceCall.run(() -> {
            choice.offer(catalog.stores(userSession.bearer()));
            Long storeId = choice.getStoreId();
            if (storeId == null) {
                return;
            }
            String lang = localeSelection.getLanguage();
            List<CategoryView> shelves = catalog.categories(userSession.bearer(), storeId, lang);
            categoryNames = new HashMap<>();
            shelves.forEach(c -> categoryNames.put(c.id(), c.name()));
            categories = new ArrayList<>(shelves.stream().map(c -> new ShelfRow(c.id(), c.name(), null, List.of())).toList());
            products = new ArrayList<>(catalog.products(userSession.bearer(), lang).stream()
                    .filter(p -> p.storeId() == storeId)
                    .map(this::row).toList());
        });
    }

    private ShelfRow row(ProductView p) {
        List<String> labels = Stream.concat(p.allergens().stream().map(a -> "enum.Allergen." + a),
                p.dietaryTags().stream().map(t -> "enum.DietaryTag." + t)).toList();
        String shelf = p.categoryId() == null ? Messages.text("merchant.catalog.unsorted") : categoryNames.get(p.categoryId());
        return new ShelfRow(p.id(), p.name(), shelf + " · "
                + Money.of(p.priceMinor(), p.currency()).format(localeSelection.getLocale()), labels);
    }

    public void addCategory() {
        ServiceCall.run(() -> {
            catalog.addCategory(userSession.bearer(), choice.getStoreId(), new CategoryDraft(nonBlank(newCategory)),
                    localeSelection.getLanguage());
            newCategory = new HashMap<>();
            Messages.info("merchant.catalog.categoryAdded");
            load();
        });
    }

    public void removeCategory(ShelfRow category) {
        ServiceCall.run(() -> {
            catalog.removeCategory(userSession.bearer(), category.id());
            Messages.info("merchant.catalog.categoryRemoved");
            load();
        });
    }

    /** After a drag: the list is already in its new order. */
    public void categoriesReordered() {
        boolean arranged = ServiceCall.run(() -> {
            catalog.arrangeCategories(userSession.bearer(), choice.getStoreId(),
                    new Arrangement(categories.stream().map(ShelfRow::id).toList()), localeSelection.getLanguage());
            Messages.info("merchant.catalog.reordered");
        });
        if (!arranged) {
            load();
        }
    }

    public void productsReordered() {
        boolean arranged = ServiceCall.run(() -> {
            catalog.arrangeProducts(userSession.bearer(), choice.getStoreId(),
                    new Arrangement(products.stream().map(ShelfRow::id).toList()));
            Messages.info("merchant.catalog.reordered");
        });
        if (!arranged) {
            load();
        }
    }

    /** Takes a product off the store for good (kept for the orders that name it). */
    public void removeProduct(ShelfRow product) {
        ServiceCall.run(() -> {
            catalog.archiveProduct(userSession.bearer(), product.id());
            Messages.info("merchant.catalog.productRemoved", product.name());
            load();
        });
    }

    public void newProduct() {
        form = new ProductForm(choice.chosen().map(StoreView::currency).orElse("EUR"));
    }

    public void editProduct(ShelfRow product) {
        ServiceCall.run(() -> form = new ProductForm(catalog.product(userSession.bearer(), product.id())));
    }

    /** Saves the dialog; on a problem the dialog stays open with what was typed. */
    public void saveProduct() {
        ServiceCall.run(() -> {
            if (form.isNew()) {
                catalog.addProduct(userSession.bearer(), choice.getStoreId(), form.draft());
            } else {
                catalog.reviseProduct(userSession.bearer(), form.getId(), form.draft());
            }
            Messages.info("merchant.catalog.productSaved");
            form = null;
            load();
        });
    }

    /** Saves the product's option groups (an existing product only); the dialog stays open. */
    public void saveOptions() {
        ServiceCall.run(() -> {
            form = new ProductForm(catalog.changeOptions(userSession.bearer(), form.getId(), form.optionsChange()));
            Messages.info("merchant.catalog.optionsSaved");
            load();
        });
    }

    /** Puts up the uploaded photo; the catalog checks that it is an image of a sensible size. */
    public void uploadPhoto(FileUploadEvent upload) {
        ServiceCall.run(() -> {
            photos.upload(userSession.bearer(), form.getId(), upload.getFile().getContent(),
                    upload.getFile().getContentType() == null ? "application/octet-stream" : upload.getFile().getContentType());
            form = new ProductForm(catalog.product(userSession.bearer(), form.getId()));
            Messages.info("merchant.catalog.photoSaved");
            load();
        });
    }

    public void removePhoto() {
        ServiceCall.run(() -> {
            photos.remove(userSession.bearer(), form.getId());
            form = new ProductForm(catalog.product(userSession.bearer(), form.getId()));
            Messages.info("merchant.catalog.photoRemoved");
            load();
        });
    }

    public void closeProduct() {
        form = null;
    }

    private static Map<String, String> nonBlank(Map<String, String> texts) {
        Map<String, String> kept = new HashMap<>();
        texts.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                kept.put(language, text);
            }
        });
        return kept;
    }

    /** The store's language first, then the others. */
    public List<String> getLanguages() {
        String own = choice.chosen().map(StoreView::language).orElse("en");
        return Stream.concat(Stream.of(own), LANGUAGES.stream().filter(l -> !l.equals(own))).toList();
    }

    public String getStoreLanguage() {
        return getLanguages().get(0);
    }

    public List<String> getAllergenCodes() {
        return ALLERGENS;
    }

    public List<String> getDietaryTagCodes() {
        return DIETARY_TAGS;
    }

    /** The store the page works on, and the merchant's others to choose from. */
    public StoreChoice getChoice() {
        return choice;
    }

    public List<ShelfRow> getCategories() {
        return categories;
    }

    public List<ShelfRow> getProducts() {
        return products;
    }

    public Map<String, String> getNewCategory() {
        return newCategory;
    }

    public ProductForm getForm() {
        return form;
    }

    public Map<Long, String> getCategoryNames() {
        return categoryNames;
    }
}
