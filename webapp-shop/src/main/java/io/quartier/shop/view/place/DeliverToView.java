package io.quartier.shop.view.place;

import io.quartier.identity.api.AccountApi;
import io.quartier.kernel.security.Roles;
import io.quartier.identity.api.PlacesApi;
import io.quartier.shop.place.DeliveryPlace;
import io.quartier.ui.Messages;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Deliver to" strip of every shop page: where the visitor is delivered ({@link DeliveryPlace}), and, once
 * opened, a customer's saved addresses to pick from and a search for a place anyone may type. Choosing reloads the
 * page, so that what depends on the place (the stores that deliver there) follows.
 */
@Named
@ViewScoped
public class DeliverToView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeliveryPlace deliveryPlace;

    @Inject
    UserSession userSession;

    @Inject
    @Service
    AccountApi account;

    @Inject
    @Service
    PlacesApi places;

    private boolean open;
    private List<PlaceRow> addresses = List.of();
    private String query;
    private List<PlaceRow> found = List.of();

    /** Opens the chooser, with a customer's saved addresses. */
    public void open() {
        open = true;
        found = List.of();
        if (userSession.hasRole(Roles.CUSTOMER)) {
            List<PlaceRow> saved = new ArrayList<>();
            ServiceCall.run(() -> account.addresses(userSession.bearer()).forEach(a -> saved.add(PlaceRow.of(a))));
            addresses = saved;
        }
    }

    public void close() {
        open = false;
    }

    public void search() {
        if (query == null || query.strip().length() < 2) {
            Messages.error("shop.deliverTo.queryTooShort");
            return;
        }
        List<PlaceRow> rows = new ArrayList<>();
        if (ServiceCall.run(() -> places.search(request().getRemoteAddr(), query.strip())
                .forEach(p -> rows.add(PlaceRow.of(p))))) {
            found = rows;
            if (rows.isEmpty()) {
                Messages.error("shop.deliverTo.noMatch");
            }
        }
    }

    /** Delivers to the row chosen and reloads the page. */
    public String choose(PlaceRow row) {
        deliveryPlace.choose(row.getLabel(), row.getLatitude(), row.getLongitude(), row.getAddressId());
        open = false;
        return FacesContext.getCurrentInstance().getViewRoot().getViewId()
                + "?faces-redirect=true&includeViewParams=true";
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public boolean isOpen() {
        return open;
    }

    public List<PlaceRow> getAddresses() {
        return addresses;
    }

    public List<PlaceRow> getFound() {
        return found;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
