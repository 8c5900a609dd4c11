package io.quartier.shop.view.orders;

import io.quartier.ui.Service;
import io.quartier.ordering.api.OrderingApi;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The customer's orders, newest first. */
@Named
@ViewScoped
public class OrdersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    OrderingApi ordering;

    @Inject
    UserSession userSession;

    @Inject
    LocaleSelection localeSelection;

    private List<OrderRow> orders = List.of();

    public void load() {
        ServiceCall.run(() -> orders = ordering.orders(userSession.bearer()).stream()
                .map(order -> OrderRow.of(order, localeSelection.getLocale()))
                .toList());
    }

    public List<OrderRow> getOrders() {
        return orders;
    }
}
