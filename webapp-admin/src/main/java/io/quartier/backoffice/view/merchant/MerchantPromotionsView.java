package io.quartier.backoffice.view.merchant;

import io.quartier.backoffice.view.promotion.PromotionForm;
import io.quartier.catalog.api.MerchantCatalogApi;
import io.quartier.catalog.api.StoreView;
import io.quartier.kernel.Money;
import io.quartier.promotion.api.PromotionApi;
import io.quartier.promotion.api.PromotionView;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The merchant's promotions: creating a coupon or an automatic discount for its stores (funded by the merchant), and
 * following each one (its uses, the orders that redeemed it and the discounts it gave), paused or resumed at a click.
 * Amounts are typed in the stores' currency and sent in minor units.
 */
@Named
@ViewScoped
public class MerchantPromotionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    PromotionApi promotion;

    @Inject
    @Service
    MerchantCatalogApi catalog;

    @Inject
    UserSession userSession;

    @Inject
    LocaleSelection localeSelection;

    private final PromotionForm form = new PromotionForm();
    private List<PromotionView> promotions = List.of();
    private List<StoreView> stores = List.of();

    public void load() {
        ServiceCall.run(() -> {
            stores = catalog.stores(userSession.bearer());
            promotions = promotion.merchantPromotions(userSession.bearer());
        });
    }

    /** Creates the promotion from the form; the service checks its terms and names the one at fault. */
    public void create() {
        if (form.create(getCurrency(), null, null, asked -> promotion.createForMerchant(userSession.bearer(), asked))) {
            load();
        }
    }

    /** Pauses a running promotion, or resumes a paused one. */
    public void togglePause(PromotionView row) {
        if (PromotionForm.togglePause(row, paused -> promotion.pauseForMerchant(userSession.bearer(), row.id(), paused))) {
            load();
        }
    }

    /** An amount in minor units of the promotion's currency (or the stores'), for the reader. */
    public String money(Long minor, String currency) {
        String in = currency == null ? getCurrency() : currency;
        return minor == null || in == null ? "" : Money.of(minor, in).format(localeSelection.getLocale());
    }

    /** The stores' currency (a merchant's stores share one); null before they are known. */
    public String getCurrency() {
        return stores.isEmpty() ? null : stores.get(0).currency();
    }

    public PromotionForm getForm() {
        return form;
    }

    public List<PromotionView> getPromotions() {
        return promotions;
    }

    public List<StoreView> getStores() {
        return stores;
    }
}
