package io.quartier.backoffice.view.merchant;

import io.quartier.ordering.api.RatingView;
import io.quartier.ordering.api.RatingsApi;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** What customers said of the merchant's stores: every rating with its comment, newest first, and the average. */
@Named
@ViewScoped
public class MerchantReviewsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    RatingsApi ratings;

    @Inject
    UserSession userSession;

    @Inject
    LocaleSelection localeSelection;

    private List<RatingView> reviews = List.of();

    public void load() {
        ServiceCall.run(() -> reviews = ratings.merchantRatings(userSession.bearer()));
    }

    public List<RatingView> getReviews() {
        return reviews;
    }

    /** The average of the stars shown, one decimal in the reader's locale; empty without reviews. */
    public String getAverage() {
        Locale reader = localeSelection.getLocale();
        return reviews.isEmpty() ? "" : String.format(reader, "%.1f",
                reviews.stream().mapToInt(RatingView::storeStars).average().orElse(0));
    }
}
