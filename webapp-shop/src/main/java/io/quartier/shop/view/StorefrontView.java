package io.quartier.shop.view;

import io.quartier.catalog.api.CatalogApi;
import io.quartier.catalog.api.CategoryView;
import io.quartier.catalog.api.StoreMenu;
import io.quartier.ordering.api.RatingsApi;
import io.quartier.ordering.api.StoreScore;
import io.quartier.shop.basket.Basket;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Messages;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.live.LiveView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** A store's page: its products, named in the reader's language, and adding them to the basket. */
@Named
@ViewScoped
public class StorefrontView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(StorefrontView.class.getName());

    @Inject
    @Service
    CatalogApi catalog;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    Basket basket;

    @Inject
    @Service
    RatingsApi ratings;

    @Inject
    ConcurrentCalls calls;

    @Inject
    LiveView live;

    private Long storeId;
    private StoreRow store;
    private List<ProductRow> products = List.of();
    private List<ShelfSection> shelves = List.of();
    /** The store's average stars, asked once with the first menu; null when it has none or ordering could not say. */
    private Double average;
    private long ratingCount;
    private boolean scoreAsked;
    /** The product whose options are being chosen, and the choices; null when the dialog is closed. */
    private ProductRow choosing;
    private List<OptionChoice> choices = List.of();

    public void load() {
        if (storeId == null) {
            Messages.error("problem.notFound");
            return;
        }
        CompletableFuture<StoreScore> scored = scoreAsked ? null : askScore(storeId);
        ServiceCall.run(() -> {
            StoreMenu menu = catalog.menu(storeId, localeSelection.getLanguage());
            store = new StoreRow(menu.store(), localeSelection.getLocale());
            products = menu.products().stream()
                    .map(product -> new ProductRow(product, localeSelection.getLocale()))
                    .toList();
            shelves = shelves(menu.shelves(), products);
        });
        if (scored != null) {
            scoreAsked = true;
            try {
                StoreScore score = ConcurrentCalls.answer(scored);
                if (score != null) {
                    average = score.average();
                    ratingCount = score.count();
                }
            } catch (RuntimeException unavailable) {
                LOG.log(Level.WARNING, "store " + storeId + "'s rating unavailable; the page goes without it", unavailable);
            }
        }
    }

    /** The store's average stars, asked while the menu is read; the page is useful without them. */
    private CompletableFuture<StoreScore> askScore(long id) {
        return calls.start(() -> ratings.storeScores(String.valueOf(id)).stream().findFirst().orElse(null));
    }

    /** The store's average stars in the reader's format ("4,3"), or null when it has no rating yet. */
    public String getAverage() {
        return average == null ? null : String.format(localeSelection.getLocale(), "%.1f", average);
    }

    /** How many ratings the store's average is made of. */
    public long getRatingCount() {
        return ratingCount;
    }

    /**
     * Run by the page's live socket when the store's prices, stock or status changed: re-reads the shelf, and
     * says so at once when a product in the customer's basket just sold out.
     */
    public void catalogChanged() {
        load();
        Long productId = live.getId();
        if (live.is("StockChanged") && productId != null && basket.contains(productId)) {
            products.stream().filter(p -> p.getId() == productId && !p.isAvailable()).findFirst()
                    .ifPresent(p -> Messages.warn("shop.basket.soldOut", p.getName()));
        }
    }

    /** Opens the options dialog for a product that has some; adds one of it directly otherwise. */
    public void choose(ProductRow product) {
        if (!product.isWithOptions()) {
            add(product);
            return;
        }
        choosing = product;
        choices = product.getOptionGroups().stream().map(OptionChoice::fresh).toList();
    }

    /** Adds the product with the options chosen, when every group's count is within its bounds. */
    public void addChosen() {
        if (choosing == null) {
            return;
        }
        List<OptionChoice> wrong = choices.stream().filter(c -> !c.isSatisfied()).toList();
        if (!wrong.isEmpty()) {
            wrong.forEach(c -> Messages.error("shop.store.chooseBetween", c.getName(), c.getMinChoices(), c.getMaxChoices()));
            return;
        }
        List<Long> picked = choices.stream().flatMap(c -> c.picked().stream()).toList();
        long unit = choosing.getPriceMinor() + choices.stream().flatMap(c -> c.getOptions().stream()
                .filter(o -> c.picked().contains(o.getId()))).mapToLong(OptionChoice.Option::getPriceDeltaMinor).sum();
        List<String> names = choices.stream().flatMap(c -> c.getOptions().stream()
                .filter(o -> c.picked().contains(o.getId()))).map(OptionChoice.Option::getName).toList();
        String name = Basket.lineName(choosing.getName(), names);
        if (!choosing.isAvailable() || !store.isOpen()) {
            choosing = null;
            return;
        }
        added(basket.add(store.getId(), store.getName(), choosing.getCurrency(), choosing.getId(), picked, name, unit));
        choosing = null;
    }

    public void cancelChoice() {
        choosing = null;
    }

    public ProductRow getChoosing() {
        return choosing;
    }

    public List<OptionChoice> getChoices() {
        return choices;
    }

    public void add(ProductRow product) {
        if (!product.isAvailable() || !store.isOpen()) {
            return;
        }
        added(basket.add(store.getId(), store.getName(), product.getCurrency(), product.getId(), product.getName(),
                product.getPriceMinor()));
    }

    /** Says whether the product went into the basket, and why not when it did not. */
    private static void added(Basket.Added added) {
        switch (added) {
            case ADDED -> Messages.info("shop.store.added");
            case TOO_MANY_STORES -> Messages.warn("shop.store.basketTooManyStores", Basket.MAX_STORES);
            case OTHER_CURRENCY -> Messages.warn("shop.store.basketOtherCurrency");
        }
    }

    /** The merchant's shelves in its order, each with its products; unsorted products last, on a shelf without a name. */
    static List<ShelfSection> shelves(List<CategoryView> categories, List<ProductRow> products) {
        List<ShelfSection> sections = new ArrayList<>();
        for (CategoryView category : categories) {
            List<ProductRow> onShelf = products.stream().filter(p -> category.id() == (p.getCategoryId() == null ? -1 : p.getCategoryId())).toList();
            if (!onShelf.isEmpty()) {
                sections.add(new ShelfSection(category.name(), onShelf));
            }
        }
        Set<Long> shelved = categories.stream().map(CategoryView::id).collect(Collectors.toSet());
        List<ProductRow> unsorted = products.stream()
                .filter(p -> p.getCategoryId() == null || !shelved.contains(p.getCategoryId())).toList();
        if (!unsorted.isEmpty()) {
            sections.add(new ShelfSection(null, unsorted));
        }
        return sections;
    }

    public List<ShelfSection> getShelves() {
        return shelves;
    }

    public Long getStoreId() {
        return storeId;
    }

    public void setStoreId(Long storeId) {
        this.storeId = storeId;
    }

    public StoreRow getStore() {
        return store;
    }

    public List<ProductRow> getProducts() {
        return products;
    }
}
