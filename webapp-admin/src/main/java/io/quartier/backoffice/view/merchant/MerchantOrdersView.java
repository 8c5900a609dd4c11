package io.quartier.backoffice.view.merchant;

import io.quartier.ui.Service;
import io.quartier.ordering.api.OrderingApi;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Messages;
import io.quartier.ui.Problems;
import io.quartier.ui.UserSession;
import io.quartier.ui.model.OrderRow;
import io.quartier.ui.live.LiveView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The merchant's order queue, refreshed live (topic {@code merchant:<id>}). */
@Named
@ViewScoped
public class MerchantOrdersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    OrderingApi ordering;

    @Inject
    UserSession userSession;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    LiveView live;

    private List<OrderRow> orders = List.of();

    public void load() {
        try {
            orders = ordering.orders(userSession.bearer()).stream()
                    .map(order -> OrderRow.of(order, localeSelection.getLocale()))
                    .toList();
        } catch (RuntimeException e) {
            Problems.show(e);
        }
    }

    /** Run by the page's live socket: re-reads the queue, and says so when a new order came in. */
    public void ordersChanged() {
        load();
        if (live.is("OrderPlaced")) {
            Messages.info("merchant.orders.newOrder");
        }
    }

    public void accept(OrderRow order) {
        try {
            ordering.accept(userSession.bearer(), order.getId());
            Messages.info("merchant.orders.accepted", String.valueOf(order.getId()));
        } catch (RuntimeException e) {
            Problems.show(e);
        }
        load();
    }

    public List<OrderRow> getOrders() {
        return orders;
    }
}
