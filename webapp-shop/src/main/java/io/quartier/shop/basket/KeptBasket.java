package io.quartier.shop.basket;

import io.quartier.catalog.api.CatalogApi;
import io.quartier.catalog.api.OptionGroupView;
import io.quartier.catalog.api.ProductView;
import io.quartier.catalog.api.StoreMenu;
import io.quartier.kernel.security.Roles;
import io.quartier.ordering.api.CartApi;
import io.quartier.ordering.api.CartLine;
import io.quartier.ordering.api.CartView;
import io.quartier.ui.Messages;
import io.quartier.ui.Service;
import io.quartier.ui.UserSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * A logged-in customer's basket, kept by ordering between visits and devices: every change is sent there, and at login
 * an empty basket takes back what was kept (named and priced by the catalog as it is now, without what it no longer
 * sells, store by store), while a basket filled before logging in replaces the kept one. Ordering being unreachable
 * never stops the shop: the basket then lives in the session only, and the log says so.
 * <p>
 * Kept lines the basket cannot take (a store beyond {@link Basket#MAX_STORES}, or another currency than the first
 * store's: kept from another device, or from before those rules) are named to the customer, in their language, and
 * then taken out of the kept basket. They are not kept on: the session's basket cannot show them, so the customer could
 * neither see nor remove them; they would come back with the same notice at every login, and the next change of the
 * basket would drop them anyway, without a word, since a change replaces the kept basket with the session's lines.
 */
@ApplicationScoped
public class KeptBasket {

    private static final Logger LOG = Logger.getLogger(KeptBasket.class.getName());

    @Inject
    UserSession userSession;

    @Inject
    @Service
    CartApi carts;

    @Inject
    @Service
    CatalogApi catalog;

    /** Sends the basket's lines to ordering, when a customer is logged in. */
    void keep(List<CartLine> lines) {
        if (!userSession.isSignedIn() || !userSession.getRoles().contains(Roles.CUSTOMER)) {
            return;
        }
        try {
            carts.keep(userSession.bearer(), new CartView(lines, null));
        } catch (WebApplicationException | ProcessingException e) {
            LOG.log(Level.WARNING, "the basket of account " + userSession.getAccountId()
                    + " could not be kept by ordering; it stays in this session only", e);
        }
    }

    /** At a customer's login: an empty basket takes back the kept one, a filled one is kept instead. */
    public void signedIn(Basket basket, String language) {
        if (!basket.isEmpty()) {
            basket.keep();
            return;
        }
        try {
            List<CartLine> kept = carts.cart(userSession.bearer()).lines();
            Map<Long, List<CartLine>> byStore = kept.stream()
                    .collect(Collectors.groupingBy(CartLine::storeId, LinkedHashMap::new, Collectors.toList()));
            List<LeftOut> leftOut = new ArrayList<>();
            for (Map.Entry<Long, List<CartLine>> store : byStore.entrySet()) {
                try {
                    restore(basket, catalog.menu(store.getKey(), language), store.getValue()).ifPresent(leftOut::add);
                } catch (WebApplicationException | ProcessingException e) {
                    LOG.log(Level.WARNING, "the kept lines of store " + store.getKey() + " in the basket of account "
                            + userSession.getAccountId() + " could not be read at login; they are left out", e);
                }
            }
            if (!leftOut.isEmpty() && tell(leftOut, basket.getCurrency())) {
                Set<CartLine> told = leftOut.stream().flatMap(out -> out.lines().stream()).collect(Collectors.toSet());
                keepWithout(kept, told);
            }
        } catch (WebApplicationException | ProcessingException e) {
            LOG.log(Level.WARNING, "the kept basket of account " + userSession.getAccountId()
                    + " could not be read at login; the customer starts with an empty one", e);
        }
    }

    /** Takes the lines the customer was told about out of the kept basket; failing, they are told again next time. */
    private void keepWithout(List<CartLine> kept, Set<CartLine> told) {
        try {
            carts.keep(userSession.bearer(), new CartView(kept.stream().filter(line -> !told.contains(line)).toList(),
                    null));
        } catch (WebApplicationException | ProcessingException e) {
            LOG.log(Level.WARNING, "the kept lines left out of the basket of account " + userSession.getAccountId()
                    + " could not be taken out of the kept basket; they stay there", e);
        }
    }

    /**
     * Puts back the kept lines of one store (all of them, or none when the basket has no room for it) whose product and
     * options the catalog still has; answers those left out for want of room, with why.
     */
    static Optional<LeftOut> restore(Basket basket, StoreMenu menu, List<CartLine> lines) {
        Map<Long, ProductView> products = menu.products().stream().collect(Collectors.toMap(ProductView::id, Function.identity()));
        List<CartLine> refused = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Basket.Added why = Basket.Added.ADDED;
        for (CartLine line : lines) {
            Optional<Priced> found = Optional.ofNullable(products.get(line.productId()))
                    .flatMap(product -> priced(product, line.optionIds()));
            if (found.isEmpty()) {
                continue;
            }
            Priced priced = found.get();
            Basket.Added added = basket.restore(menu.store().id(), menu.store().name(), priced.product().currency(),
                    priced.product().id(), line.optionIds(), priced.name(), priced.unitMinor(), line.quantity());
            if (added != Basket.Added.ADDED) {
                why = added;
                refused.add(line);
                names.add(priced.name());
            }
        }
        return refused.isEmpty() ? Optional.empty()
                : Optional.of(new LeftOut(menu.store().name(), menu.store().currency(), why, names, refused));
    }

    /** A store's kept lines the basket could not take: its name, its currency, why, and the products as named. */
    record LeftOut(String storeName, String currency, Basket.Added why, List<String> products, List<CartLine> lines) {
    }

    /**
     * Tells the customer, on the next page, which kept products were left out and why (the basket being in
     * {@code currency}); false when there is no page to tell it on (the lines then stay kept).
     */
    private static boolean tell(List<LeftOut> leftOut, String currency) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return false;
        }
        for (LeftOut out : leftOut) {
            String products = String.join(", ", out.products());
            if (out.why() == Basket.Added.OTHER_CURRENCY) {
                Messages.warn("shop.basket.keptOtherCurrency", products, out.storeName(), out.currency(), currency);
            } else {
                Messages.warn("shop.basket.keptTooManyStores", products, out.storeName(), Basket.MAX_STORES);
            }
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return true;
    }

    private record Priced(ProductView product, String name, long unitMinor) {
    }

    /** The product with these options, named and priced as the shop shows it; empty when an option is gone. */
    private static Optional<Priced> priced(ProductView product, List<Long> optionIds) {
        Set<Long> wanted = new HashSet<>(optionIds == null ? List.of() : optionIds);
        List<String> names = new ArrayList<>();
        long unit = product.priceMinor();
        for (OptionGroupView group : product.optionGroups() == null ? List.<OptionGroupView>of() : product.optionGroups()) {
            for (OptionGroupView.Option option : group.options()) {
                if (wanted.remove(option.id())) {
                    names.add(option.name());
                    unit += option.priceDeltaMinor();
                }
            }
        }
        return wanted.isEmpty() ? Optional.of(new Priced(product, Basket.lineName(product.name(), names), unit))
                : Optional.empty();
    }
}
