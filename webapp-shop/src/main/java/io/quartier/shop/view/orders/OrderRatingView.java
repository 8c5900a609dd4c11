package io.quartier.shop.view.orders;

import io.quartier.ordering.api.RatingRequest;
import io.quartier.ordering.api.RatingView;
import io.quartier.ordering.api.RatingsApi;
import io.quartier.ui.Formats;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Messages;
import io.quartier.ui.Problems;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.WebApplicationException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The rating part of a delivered order's page: the store's stars and, when a courier delivered it, the courier's, with
 * comments; prefilled with the customer's rating, which they may change for a day.
 */
@Named
@ViewScoped
public class OrderRatingView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Integer> STARS = List.of(1, 2, 3, 4, 5);

    @Inject
    @Service
    RatingsApi ratings;

    @Inject
    OrderDetailView detail;

    @Inject
    UserSession userSession;

    @Inject
    LocaleSelection localeSelection;

    private RatingView rating;
    private boolean looked;
    private Integer storeStars;
    private String storeComment;
    private Integer courierStars;
    private String courierComment;

    /** The customer's rating of this order, read once the order is known to be delivered. */
    public RatingView getRating() {
        if (!looked && detail.getOrder() != null && detail.getOrder().isDelivered()) {
            looked = true;
            try {
                show(ratings.rating(userSession.bearer(), detail.getOrderId()));
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() != 404) { // 404: not rated yet
                    Problems.show(e);
                }
            }
        }
        return rating;
    }

    public void save() {
        ServiceCall.run(() -> {
            show(ratings.rate(userSession.bearer(), detail.getOrderId(),
                    new RatingRequest(storeStars, storeComment, courierStars, courierComment)));
            Messages.info("shop.rating.thanks");
        });
    }

    private void show(RatingView view) {
        rating = view;
        storeStars = view.storeStars();
        storeComment = view.storeComment();
        courierStars = view.courierStars();
        courierComment = view.courierComment();
    }

    /** Not rated yet, or rated less than a day ago. */
    public boolean isEditable() {
        return getRating() == null || Instant.now().isBefore(rating.editableUntil());
    }

    public String getEditableUntil() {
        return rating == null ? "" : Formats.dateTime(rating.editableUntil(),
                detail.getOrder() == null ? Formats.zone(null) : detail.getOrder().getZone(), localeSelection.getLocale());
    }

    public List<Integer> getStars() {
        return STARS;
    }

    public Integer getStoreStars() {
        return storeStars;
    }

    public void setStoreStars(Integer storeStars) {
        this.storeStars = storeStars;
    }

    public String getStoreComment() {
        return storeComment;
    }

    public void setStoreComment(String storeComment) {
        this.storeComment = storeComment;
    }

    public Integer getCourierStars() {
        return courierStars;
    }

    public void setCourierStars(Integer courierStars) {
        this.courierStars = courierStars;
    }

    public String getCourierComment() {
        return courierComment;
    }

    public void setCourierComment(String courierComment) {
        this.courierComment = courierComment;
    }
}
