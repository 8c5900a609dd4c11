package io.quartier.shop.suggestion;

import io.quartier.kernel.security.Roles;
import io.quartier.recommendation.api.RecommendationTexts;
import io.quartier.recommendation.api.RecommendationView;
import io.quartier.shop.view.NearbyStoreRow;
import io.quartier.shop.view.ProductRow;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.UserSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Supplier;

/**
 * The "picked for you" strip of the home and store pages, for a signed-in customer: asked once per request, in the
 * reader's language from the module's own bundle, and empty (the page hides the strip) when the module does not
 * answer, is switched off, or has nothing to say.
 */
@Named
@RequestScoped
public class SuggestionStrip {

    @Inject
    Suggestions suggestions;

    @Inject
    UserSession session;

    @Inject
    LocaleSelection localeSelection;

    private List<SuggestionRow> rows;
    private boolean turnedOff;

    /** Suggestions among the stores listed on the home page. */
    public List<SuggestionRow> near(List<NearbyStoreRow> stores) {
        return once(() -> suggestions.near(session.bearer(), stores.stream().map(NearbyStoreRow::getId).toList()));
    }

    /**
     * Suggestions in the store whose page this is, among the products its menu offers now, named as the menu names
     * them (in the reader's language): the module knows products as they were ordered, not their stock.
     */
    public List<SuggestionRow> inStore(Long storeId, List<ProductRow> menu) {
        if (storeId == null) {
            return List.of();
        }
        Map<Long, String> available = menu.stream().filter(ProductRow::isAvailable)
                .collect(Collectors.toMap(ProductRow::getId, ProductRow::getName, (a, b) -> a));
        return once(() -> suggestions.inStore(session.bearer(), storeId).stream()
                .filter(s -> available.containsKey(s.productId()))
                .map(s -> new RecommendationView(s.productId(), s.storeId(), available.get(s.productId()), s.reason(),
                        s.argument()))
                .toList());
    }

    /** The customer asks for no more suggestions; the page then says where to turn them back on. */
    public void turnOff() {
        if (isCustomer()) {
            turnedOff = suggestions.choose(session.bearer(), false).map(enabled -> !enabled).orElse(false);
            rows = List.of();
        }
    }

    public boolean isTurnedOff() {
        return turnedOff;
    }

    public String getHeading() {
        return text(RecommendationTexts.HEADING);
    }

    public String getTurnOffLabel() {
        return text(RecommendationTexts.TURN_OFF);
    }

    public String getTurnedOffText() {
        return text(RecommendationTexts.TURNED_OFF);
    }

    private List<SuggestionRow> once(Supplier<List<RecommendationView>> ask) {
        if (rows == null) {
            rows = isCustomer() ? ask.get().stream().map(this::row).toList() : List.of();
        }
        return rows;
    }

    private boolean isCustomer() {
        return session.isSignedIn() && session.getRoles().contains(Roles.CUSTOMER);
    }

    private SuggestionRow row(RecommendationView view) {
        return new SuggestionRow(view.productId(), view.storeId(), view.name(), text(view.reason(), view.argument()));
    }

    private String text(String key, Object... arguments) {
        return ModuleTexts.text(localeSelection.getLocale(), key, arguments);
    }
}
