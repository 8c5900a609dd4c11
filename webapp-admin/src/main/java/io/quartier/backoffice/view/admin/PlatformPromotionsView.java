package io.quartier.backoffice.view.admin;

import io.quartier.backoffice.view.promotion.PromotionForm;
import io.quartier.catalog.api.CatalogApi;
import io.quartier.catalog.api.StoreView;
import io.quartier.kernel.Money;
import io.quartier.promotion.api.PromotionApi;
import io.quartier.promotion.api.PromotionView;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Messages;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The promotions the platform funds: created by platform staff for every merchant or for the merchants ticked (their
 * stores as they are when it is created), followed (uses, orders, discounts given) and paused or resumed at a click.
 * Amounts are typed in the currency chosen, which a fixed amount or a minimum basket needs.
 */
@Named
@ViewScoped
public class PlatformPromotionsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PLATFORM = "PLATFORM";

    @Inject
    @Service
    PromotionApi promotion;

    @Inject
    @Service
    CatalogApi catalog;

    @Inject
    UserSession userSession;

    @Inject
    LocaleSelection localeSelection;

    private final PromotionForm form = new PromotionForm();
    private List<PromotionView> promotions = List.of();
    private List<StoreView> stores = List.of();
    private List<Long> merchantIds = new ArrayList<>();
    private String currency;

    public void load() {
        ServiceCall.run(() -> {
            stores = catalog.stores(null);
            promotions = promotion.promotions(userSession.bearer()).stream()
                    .filter(p -> PLATFORM.equals(p.funder())).toList();
        });
        if (currency == null && !getCurrencies().isEmpty()) {
            currency = getCurrencies().get(0);
        }
    }

    /** Creates the promotion, funded by the platform, for the stores of the merchants ticked (none: everywhere). */
    public void create() {
        form.setStoreIds(stores.stream().filter(s -> merchantIds.contains(s.merchantId())).map(StoreView::id).toList());
        if (form.create(currency, null, PLATFORM, asked -> promotion.create(userSession.bearer(), asked))) {
            load();
        }
    }

    /** Pauses a running promotion, or resumes a paused one. */
    public void togglePause(PromotionView row) {
        if (PromotionForm.togglePause(row, paused -> promotion.pause(userSession.bearer(), row.id(), paused))) {
            load();
        }
    }

    /** Where a promotion runs, for the reader: its stores' names, or every store of every merchant. */
    public String where(PromotionView row) {
        if (row.storeIds().isEmpty()) {
            return Messages.text("admin.promotions.everywhere");
        }
        return stores.stream().filter(s -> row.storeIds().contains(s.id())).map(StoreView::name)
                .collect(Collectors.joining(", "));
    }

    /** An amount in minor units of the promotion's currency, for the reader. */
    public String money(Long minor, String in) {
        String of = in == null ? currency : in;
        return minor == null || of == null ? "" : Money.of(minor, of).format(localeSelection.getLocale());
    }

    /** A merchant that has stores, as the form offers it. */
    public record Merchant(long id, String name) {
    }

    /** The merchants that have stores, in the order of their first store. */
    public List<Merchant> getMerchants() {
        Map<Long, String> merchants = new LinkedHashMap<>();
        stores.forEach(s -> merchants.putIfAbsent(s.merchantId(), s.merchantName()));
        return merchants.entrySet().stream().map(e -> new Merchant(e.getKey(), e.getValue())).toList();
    }

    /** The currencies the stores sell in. */
    public List<String> getCurrencies() {
        return stores.stream().map(StoreView::currency).filter(Objects::nonNull).distinct().sorted().toList();
    }

    public PromotionForm getForm() {
        return form;
    }

    public List<PromotionView> getPromotions() {
        return promotions;
    }

    public List<Long> getMerchantIds() {
        return merchantIds;
    }

    public void setMerchantIds(List<Long> merchantIds) {
        this.merchantIds = merchantIds == null ? new ArrayList<>() : new ArrayList<>(merchantIds);
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }
}
