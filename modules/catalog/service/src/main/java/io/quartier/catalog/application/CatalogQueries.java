package io.quartier.catalog.application;

import io.quartier.catalog.api.CategoryView;
import io.quartier.catalog.api.OptionGroupView;
import io.quartier.catalog.api.ProductView;
import io.quartier.catalog.api.StoreMenu;
import io.quartier.catalog.api.StoreView;
import io.quartier.catalog.domain.model.hours.OpeningSchedule;
import io.quartier.catalog.domain.model.photo.PhotoSize;
import io.quartier.catalog.domain.model.product.CategoryRepository;
import io.quartier.catalog.domain.model.product.Languages;
import io.quartier.catalog.domain.model.product.Product;
import io.quartier.catalog.domain.model.product.ProductTranslation;
import io.quartier.catalog.domain.model.store.Store;
import io.quartier.catalog.domain.model.product.ProductRepository;
import io.quartier.catalog.domain.model.store.StoreRepository;
import io.quartier.kernel.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Read side of the catalog: stores and products as views, texts in the reader's language. */
@ApplicationScoped
public class CatalogQueries {

    /** More ids than an order can have lines is a mistake or abuse, not a checkout. */
    static final int MAX_IDS = 100;

    @Inject
    CategoryRepository categories;

    @Inject
    StoreRepository stores;

    @Inject
    PhotoLibrary photos;

    @Inject
    ProductRepository products;

    @Inject
    MenuCache menus;

    public List<StoreView> stores(String country) {
        List<Store> found = country == null || country.isBlank()
                ? stores.all()
                : stores.inCountry(requireCountry(country));
        return found.stream().map(CatalogQueries::view).toList();
    }

    public StoreView store(long storeId) {
        return menus.read(new MenuCache.Key(storeId, MenuCache.Part.STORE, null), () -> {
            Store store = requireStore(storeId);
            Instant now = Instant.now();
            OpeningSchedule schedule = store.openingSchedule();
            return new MenuCache.Read<>(view(store),
                    (schedule.isOpen(now) ? schedule.nextClosing(now) : schedule.nextOpening(now)).orElse(null));
        });
    }

    /** A store's menu: its products on sale, in its order, texts in {@code lang} (else the store's language). */
    public List<ProductView> products(long storeId, String lang) {
        String language = language(lang);
        return menus.read(new MenuCache.Key(storeId, MenuCache.Part.PRODUCTS, language), () -> {
            requireStore(storeId);
            List<Product> listed = products.ofStore(storeId);
            return new MenuCache.Read<>(withPhotos(listed, language), backOnSale(listed, Instant.now()));
        });
    }

    /** A store's page: the store, its shelves and its menu, each read (and kept) as on its own. */
    public StoreMenu menu(long storeId, String lang) {
        return new StoreMenu(store(storeId), categories(storeId, lang), products(storeId, lang));
    }

    public List<ProductView> productsByIds(List<Long> ids, String lang) {
        String language = language(lang);
        Set<Long> distinct = new LinkedHashSet<>(ids == null ? List.of() : ids);
        distinct.remove(null);
        if (distinct.size() > MAX_IDS) {
            throw ProblemException.invalid("problem.tooManyIds", "at most " + MAX_IDS + " product ids per call");
        }
        return withPhotos(products.byIds(distinct), language);
    }

    /** A store's shelves in the merchant's order, named in {@code lang} (else the store's language). */
    public List<CategoryView> categories(long storeId, String lang) {
        String language = language(lang);
        return menus.read(new MenuCache.Key(storeId, MenuCache.Part.SHELVES, language), () -> new MenuCache.Read<>(
                categories.ofStore(requireStore(storeId).getId()).stream()
                        .map(c -> CatalogEditing.view(c, language)).toList(), null));
    }

    /** The first moment after {@code now} at which an "86" of these products runs out; null when none will. */
    private static Instant backOnSale(List<Product> listed, Instant now) {
        return listed.stream().filter(p -> !p.isAvailable()).map(Product::getUnavailableUntil)
                .filter(until -> until != null && until.isAfter(now)).min(Instant::compareTo).orElse(null);
    }

    /** Every store of a merchant. */
    public List<StoreView> storesOf(long merchantId) {
        return stores.ofMerchant(merchantId).stream().map(CatalogQueries::view).toList();
    }

    /** Every product of a merchant's stores, for the merchant's own boards. */
    public List<ProductView> productsOf(long merchantId, String lang) {
        String language = language(lang);
        return withPhotos(products.ofMerchant(merchantId), language);
    }

    /** A product's option groups, named in {@code language} (else the store's). */
    static List<OptionGroupView> optionGroups(Product p, String language) {
        String fallback = p.getStore().getLanguage();
        return p.getOptionGroups().stream().map(g -> new OptionGroupView(g.getId(), g.name(language, fallback).orElse(null),
                g.getNames(), g.getMinChoices(), g.getMaxChoices(),
                g.getOptions().stream().map(o -> new OptionGroupView.Option(o.getId(), o.name(language, fallback).orElse(null),
                        o.getNames(), o.getPriceDeltaMinor())).toList())).toList();
    }

    /** Null when no language was asked for: each product then speaks its store's language. */
    static String language(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        String language = lang.strip().toLowerCase(Locale.ROOT);
        if (!Languages.isSupported(language)) {
            throw ProblemException.invalid("problem.invalidLanguage",
                    "lang must be one of " + Languages.SUPPORTED + ", not " + lang);
        }
        return language;
    }

    private static String requireCountry(String country) {
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw ProblemException.invalid("problem.invalidCountry", "country must be an ISO 3166 alpha-2 code");
        }
        return code;
    }

    private Store requireStore(long storeId) {
        return stores.byId(storeId).orElseThrow(() -> ProblemException.notFound("store", storeId));
    }

    static StoreView view(Store s) {
        Instant now = Instant.now();
        OpeningSchedule schedule = s.openingSchedule();
        return new StoreView(s.getId(), s.getMerchant().getId(), s.getMerchant().getName(),
                s.getMerchant().getType().name(), s.getName(), s.getAddress(), s.getCountry(), s.getCurrency(),
                s.getTimeZone(), s.getLanguage(), s.getLatitude(), s.getLongitude(),
                schedule.statusAt(now).name(), schedule.isOpen(now) ? null : schedule.nextOpening(now).orElse(null),
                s.getPhone(), s.getEmail(), s.getDeliveryRadiusMetres());
    }

    /** Views of a listing, with the photo addresses read in one query. */
    private List<ProductView> withPhotos(List<Product> listed, String language) {
        Map<Long, String> versions = photos.versions(listed.stream().map(Product::getId).toList());
        return listed.stream().map(p -> view(p, language, versions.get(p.getId()))).toList();
    }

    static ProductView view(Product p, String language) {
        return view(p, language, null);
    }

    /** {@code photoVersion} null: no photo address (the product has none, or the caller did not look). */
    static ProductView view(Product p, String language, String photoVersion) {
        Store s = p.getStore();
        ProductTranslation text = p.translation(language).orElse(null);
        return new ProductView(p.getId(), s.getId(), s.getMerchant().getId(),
                text == null ? null : text.getName(), text == null ? null : text.getDescription(),
                p.getPriceMinor(), s.getCurrency(), p.getVatBasisPoints(), p.isOrderableAt(Instant.now()),
                p.getStockQuantity(), p.isAvailable() ? null : p.getUnavailableUntil(),
                p.getCategory() == null ? null : p.getCategory().getId(),
                p.getAllergens().stream().map(Enum::name).sorted().toList(),
                p.getDietaryTags().stream().map(Enum::name).sorted().toList(),
                optionGroups(p, language),
                photoVersion == null ? null : PhotoLibrary.address(p.getId(), PhotoSize.SMALL, photoVersion));
    }
}
