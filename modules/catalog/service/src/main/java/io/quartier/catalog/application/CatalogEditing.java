package io.quartier.catalog.application;

import io.quartier.catalog.api.Arrangement;
import io.quartier.catalog.api.CategoryDraft;
import io.quartier.catalog.api.CategoryView;
import io.quartier.catalog.api.OptionGroupDraft;
import io.quartier.catalog.api.OptionGroupsChange;
import io.quartier.catalog.api.ProductDetails;
import io.quartier.catalog.api.ProductDraft;
import io.quartier.catalog.api.ProductText;
import io.quartier.catalog.api.event.PriceChanged;
import io.quartier.catalog.api.event.ProductChanged;
import io.quartier.catalog.api.event.StockChanged;
import io.quartier.catalog.api.event.StoreChanged;
import io.quartier.catalog.domain.model.photo.PhotoSize;
import io.quartier.catalog.domain.model.product.Allergen;
import io.quartier.catalog.domain.model.product.Category;
import io.quartier.catalog.domain.model.product.CategoryRepository;
import io.quartier.catalog.domain.model.product.DietaryTag;
import io.quartier.catalog.domain.model.product.OptionRules;
import io.quartier.catalog.domain.model.product.Product;
import io.quartier.catalog.domain.model.product.ProductRepository;
import io.quartier.catalog.domain.model.product.ProductTranslation;
import io.quartier.catalog.domain.model.product.Texts;
import io.quartier.catalog.domain.model.store.Store;
import io.quartier.catalog.domain.model.store.VatRates;
import io.quartier.catalog.domain.model.store.StoreRepository;
import io.quartier.kernel.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ObjIntConsumer;
import java.util.stream.Collectors;

/**
 * The catalog editor: a merchant's shelves (categories) and the description of its products (texts in every
 * language, category, allergens, dietary tags, place on the shelf). Every draft is checked whole; what is
 * wrong comes back as one problem listing every code ({@code errors.violations}), and nothing changes.
 */
@ApplicationScoped
public class CatalogEditing {

    /** The highest price a product may have: a million units of its currency (so no order total can overflow). */
    static final long MAX_PRICE_MINOR = 100_000_000L;

    @Inject
    ProductRepository products;

    @Inject
    CategoryRepository categories;

    @Inject
    StoreRepository stores;

    @Inject
    CatalogEvents events;

    @Inject
    PhotoLibrary photos;

    Clock clock = Clock.systemUTC();

    public List<CategoryView> categories(long merchantId, long storeId, String lang) {
        return categoriesOf(ownStore(merchantId, storeId), CatalogQueries.language(lang));
    }

    @Transactional
    public CategoryView addCategory(long merchantId, long storeId, CategoryDraft draft, String lang) {
        Store store = ownStore(merchantId, storeId);
        Map<String, String> names = checkedNames(store, draft);
        int last = categoriesOf(store, null).stream().mapToInt(CategoryView::position).max().orElse(0);
        Category category = new Category(store, names, last + 1);
        categories.add(category);
        shelvesChanged(store);
        return view(category, CatalogQueries.language(lang));
    }

    @Transactional
    public CategoryView renameCategory(long merchantId, long categoryId, CategoryDraft draft, String lang) {
        Category category = ownCategory(merchantId, categoryId);
        category.rename(checkedNames(category.getStore(), draft));
        shelvesChanged(category.getStore());
        return view(category, CatalogQueries.language(lang));
    }

    /** Removes a shelf; its products stay in the store, unsorted. */
    @Transactional
    public void removeCategory(long merchantId, long categoryId) {
        Category category = ownCategory(merchantId, categoryId);
        for (Product product : products.inCategory(category)) {
            product.sortInto(null);
            announce(product);
        }
        categories.remove(category);
        shelvesChanged(category.getStore());
    }

    @Transactional
    public List<CategoryView> arrangeCategories(long merchantId, long storeId, Arrangement arrangement, String lang) {
        Store store = ownStore(merchantId, storeId);
        List<Category> all = categories.ofStore(store.getId());
        arrange(arrangement, all.stream().collect(Collectors.toMap(Category::getId, c -> c)),
                (category, position) -> category.moveTo(position));
        shelvesChanged(store);
        return categoriesOf(store, CatalogQueries.language(lang));
    }

    public ProductDetails product(long merchantId, long productId) {
        return details(ownProduct(merchantId, productId));
    }

    @Transactional
    public ProductDetails addProduct(long merchantId, long storeId, ProductDraft draft) {
        Store store = ownStore(merchantId, storeId);
        Checked checked = check(store, draft);
        int vat = VatRates.of(store.getCountry(), store.getMerchant().getType())
                .orElseThrow(() -> ProblemException.invalid("catalog.vat.unknownCountry",
                        "no VAT rate for " + store.getCountry()));
        Product product = new Product(store, draft.priceMinor(), vat, true, products.lastPosition(store) + 1);
        apply(product, checked, draft);
        products.add(product);
        announce(product);
        if (product.tracksStock()) {
            events.publish(new StockChanged(product.getId(), store.getId(), merchantId,
                    product.isOrderableAt(clock.instant()), product.getStockQuantity()));
        }
        return details(product);
    }

    @Transactional
    public ProductDetails reviseProduct(long merchantId, long productId, ProductDraft draft) {
        Product product = ownProduct(merchantId, productId);
        Checked checked = check(product.getStore(), draft);
        long priceBefore = product.getPriceMinor();
        Integer stockBefore = product.getStockQuantity();
        apply(product, checked, draft);
        announce(product);
        if (priceBefore != product.getPriceMinor()) {
            events.publish(new PriceChanged(productId, product.getStore().getId(), merchantId, product.getPriceMinor(),
                    product.getStore().getCurrency()));
        }
        if (!Objects.equals(stockBefore, product.getStockQuantity())) {
            events.publish(new StockChanged(productId, product.getStore().getId(), merchantId,
                    product.isOrderableAt(clock.instant()), product.getStockQuantity()));
        }
        return details(product);
    }

    /** Removes a product from the shelf for good (archived: orders that name it keep their line). */
    @Transactional
    public void archiveProduct(long merchantId, long productId) {
        Product product = ownProduct(merchantId, productId);
        if (!product.isArchived()) {
            product.archive();
            announce(product);
            events.publish(new StockChanged(productId, product.getStore().getId(), merchantId, false,
                    product.getStockQuantity()));
        }
    }

    /** Replaces a product's option groups, all checked first; every problem named, nothing changed. */
    @Transactional
    public ProductDetails changeOptions(long merchantId, long productId, OptionGroupsChange change) {
        Product product = ownProduct(merchantId, productId);
        List<OptionRules.GroupDraft> drafts = (change == null || change.groups() == null ? List.<OptionGroupDraft>of()
                : change.groups()).stream()
                .map(g -> new OptionRules.GroupDraft(kept(g.names()), g.minChoices(), g.maxChoices(),
                        (g.options() == null ? List.<OptionGroupDraft.Option>of() : g.options()).stream()
                                .map(o -> new OptionRules.OptionDraft(kept(o.names()), o.priceDeltaMinor())).toList()))
                .toList();
        List<String> codes = OptionRules.check(drafts, product.getStore().getLanguage());
        if (!codes.isEmpty()) {
            throw ProblemException.invalid("catalog.options.invalid", "the option groups have " + codes)
                    .withError("violations", codes.stream().map(code -> Map.of("code", code)).toList());
        }
        product.replaceOptionGroups(drafts);
        products.flush();
        announce(product);
        return details(product);
    }

    private static Map<String, String> kept(Map<String, String> names) {
        Map<String, String> kept = new LinkedHashMap<>();
        if (names != null) {
            names.forEach((language, name) -> {
                if (name != null && !name.isBlank()) {
                    kept.put(language, name.strip());
                }
            });
        }
        return kept;
    }

    @Transactional
    public void arrangeProducts(long merchantId, long storeId, Arrangement arrangement) {
        Store store = ownStore(merchantId, storeId);
        List<Product> all = products.ofStore(store.getId());
        Map<Long, Product> byId = all.stream().collect(Collectors.toMap(Product::getId, p -> p));
        arrange(arrangement, byId, (product, position) -> {
            if (product.getPosition() != position) {
                product.moveTo(position);
                announce(product);
            }
        });
    }

    /** What a draft becomes once checked: every code of what is wrong, or the values to apply. */
    private record Checked(Map<String, ProductTranslation> texts, Category category, Set<Allergen> allergens,
                           Set<DietaryTag> tags) {
    }

    private Checked check(Store store, ProductDraft draft) {
        if (draft == null) {
            throw ProblemException.invalid("catalog.product.invalid", "a product draft is needed");
        }
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        if (draft.texts() != null) {
            draft.texts().forEach((language, text) -> {
                if (text != null && text.name() != null && !text.name().isBlank()) {
                    names.put(language, text.name().strip());
                    descriptions.put(language, text.description() == null || text.description().isBlank()
                            ? null : text.description().strip());
                }
            });
        }
        List<String> codes = new ArrayList<>(Texts.checkProduct(names, descriptions, store.getLanguage()));
        if (draft.priceMinor() < 0) {
            codes.add("problem.catalog.negativePrice");
        } else if (draft.priceMinor() > MAX_PRICE_MINOR) {
            codes.add("problem.catalog.priceTooHigh");
        }
        if (draft.stockQuantity() != null && draft.stockQuantity() < 0) {
            codes.add("problem.catalog.negativeStock");
        }
        Set<Allergen> allergens = labels(draft.allergens(), Allergen.class, codes);
        Set<DietaryTag> tags = labels(draft.dietaryTags(), DietaryTag.class, codes);
        Category category = null;
        if (draft.categoryId() != null) {
            category = categories.byId(draft.categoryId()).orElse(null);
            if (category == null || !category.getStore().getId().equals(store.getId())) {
                codes.add("catalog.product.unknownCategory");
            }
        }
        if (!codes.isEmpty()) {
            throw ProblemException.invalid("catalog.product.invalid", "the product draft has " + codes)
                    .withError("violations", codes.stream().distinct().map(code -> Map.of("code", code)).toList());
        }
        Map<String, ProductTranslation> texts = new LinkedHashMap<>();
        names.forEach((language, name) -> texts.put(language, new ProductTranslation(name, descriptions.get(language))));
        return new Checked(texts, category, allergens, tags);
    }

    private static void apply(Product product, Checked checked, ProductDraft draft) {
        product.describe(checked.texts());
        product.sortInto(checked.category());
        product.declare(checked.allergens(), checked.tags());
        product.changePrice(draft.priceMinor());
        if (draft.stockQuantity() != null) {
            product.countStock(draft.stockQuantity());
        }
    }

    private static <E extends Enum<E>> Set<E> labels(List<String> codes, Class<E> type, List<String> problems) {
        Set<E> labels = EnumSet.noneOf(type);
        for (String code : codes == null ? List.<String>of() : codes) {
            try {
                labels.add(Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add("catalog.product.unknownLabel");
            }
        }
        return labels;
    }

    private Map<String, String> checkedNames(Store store, CategoryDraft draft) {
        Map<String, String> names = new LinkedHashMap<>();
        if (draft != null && draft.names() != null) {
            draft.names().forEach((language, name) -> {
                if (name != null && !name.isBlank()) {
                    names.put(language, name.strip());
                }
            });
        }
        List<String> codes = Texts.checkNames(names, store.getLanguage(), Texts.CATEGORY_NAME_MAX, "catalog.category");
        if (!codes.isEmpty()) {
            throw ProblemException.invalid("catalog.category.invalid", "the category has " + codes)
                    .withError("violations", codes.stream().map(code -> Map.of("code", code)).toList());
        }
        return names;
    }

    /** Puts the listed items first, in that order, then the others as they were; all must be the store's. */
    private static <T> void arrange(Arrangement arrangement, Map<Long, T> items, ObjIntConsumer<T> place) {
        List<Long> ids = arrangement == null || arrangement.ids() == null ? List.of() : arrangement.ids();
        if (!items.keySet().containsAll(ids) || new HashSet<>(ids).size() != ids.size()) {
            throw ProblemException.invalid("catalog.arrangement.invalid", "ids must be the store's own, each once");
        }
        int position = 1;
        for (Long id : ids) {
            place.accept(items.get(id), position++);
        }
        for (Map.Entry<Long, T> rest : items.entrySet()) {
            if (!ids.contains(rest.getKey())) {
                place.accept(rest.getValue(), position++);
            }
        }
    }

    private void announce(Product product) {
        events.publish(new ProductChanged(product.getId(), product.getStore().getId(),
                product.getStore().getMerchant().getId()));
    }

    private void shelvesChanged(Store store) {
        events.publish(new StoreChanged(store.getId(), store.getMerchant().getId()));
    }

    private List<CategoryView> categoriesOf(Store store, String language) {
        return categories.ofStore(store.getId()).stream().map(c -> view(c, language)).toList();
    }

    static CategoryView view(Category c, String language) {
        return new CategoryView(c.getId(), c.getStore().getId(), c.name(language).orElse(null), c.getPosition(),
                c.getNames());
    }

    private ProductDetails details(Product p) {
        Map<String, ProductText> texts = new LinkedHashMap<>();
        p.getTranslations().forEach((language, t) -> texts.put(language, new ProductText(t.getName(), t.getDescription())));
        return new ProductDetails(p.getId(), p.getStore().getId(), p.getCategory() == null ? null : p.getCategory().getId(),
                p.getPriceMinor(), p.getStore().getCurrency(), p.getVatBasisPoints(), texts,
                p.getAllergens().stream().map(Enum::name).sorted().toList(),
                p.getDietaryTags().stream().map(Enum::name).sorted().toList(),
                p.getStockQuantity(), p.isOrderableAt(clock.instant()), p.getPosition(),
                CatalogQueries.optionGroups(p, null),
                Optional.ofNullable(photos.versions(List.of(p.getId())).get(p.getId()))
                        .map(version -> PhotoLibrary.address(p.getId(), PhotoSize.SMALL, version)).orElse(null));
    }

    private Store ownStore(long merchantId, long storeId) {
        return stores.byId(storeId).filter(s -> s.getMerchant().getId() == merchantId)
                .orElseThrow(() -> ProblemException.notFound("store", storeId));
    }

    private Category ownCategory(long merchantId, long categoryId) {
        Category category = categories.byId(categoryId).orElse(null);
        if (category == null || category.getStore().getMerchant().getId() != merchantId) {
            throw ProblemException.notFound("category", categoryId);
        }
        return category;
    }

    private Product ownProduct(long merchantId, long productId) {
        Product product = products.byId(productId).orElse(null);
        if (product == null || product.isArchived() || product.getStore().getMerchant().getId() != merchantId) {
            throw ProblemException.notFound("product", productId);
        }
        return product;
    }
}
