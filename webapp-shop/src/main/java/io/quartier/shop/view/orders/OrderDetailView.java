package io.quartier.shop.view.orders;

import io.quartier.delivery.api.HandoverApi;
import io.quartier.delivery.api.OrderHandover;
import io.quartier.ordering.api.OrderView;
import io.quartier.ordering.api.OrderingApi;
import io.quartier.payment.api.RefundsApi;
import io.quartier.shop.view.price.PriceSummary;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Messages;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import io.quartier.ui.live.LiveView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One order and its status, re-read whenever the customer's channel says one of their orders changed. */
@Named
@ViewScoped
public class OrderDetailView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OrderDetailView.class.getName());

    /** The statuses in which the customer may be asked for the delivery code. */
    private static final Set<String> CODE_SHOWN = Set.of("ACCEPTED", "IN_PREPARATION", "READY", "PICKED_UP");

    @Inject
    @Service
    OrderingApi ordering;

    @Inject
    @Service
    HandoverApi handovers;

    @Inject
    @Service
    RefundsApi refundsApi;

    @Inject
    UserSession userSession;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    LiveView live;

    private Long orderId;
    private OrderRow order;
    private PriceSummary price;
    private String deliveryCode;
    /** The job whose delivery a photo proved (the customer was absent): {@link DeliveryPhotoDownload} serves it. */
    private Long photoJobId;
    /** The money given back on the delivered order, newest first. */
    private List<RefundRow> refunds = List.of();

    public void load() {
        if (orderId == null) {
            Messages.error("problem.notFound");
            return;
        }
        ServiceCall.run(() -> {
            OrderView view = ordering.order(userSession.bearer(), orderId);
            order = OrderRow.of(view, localeSelection.getLocale());
            price = PriceSummary.of(view, localeSelection.getLocale());
        });
        boolean delivered = order != null && "DELIVERED".equals(order.getStatus());
        OrderHandover handover = order != null && (delivered || CODE_SHOWN.contains(order.getStatus()))
                ? handover() : null;
        deliveryCode = handover != null && !delivered ? handover.code() : null;
        photoJobId = handover != null && delivered && "PHOTO".equals(handover.proof()) ? handover.jobId() : null;
        refunds = delivered ? refunds() : List.of();
    }

    /** The order's refunds from payment; the page goes without them (and says nothing) when payment cannot say. */
    private List<RefundRow> refunds() {
        try {
            return refundsApi.refunds(userSession.bearer(), orderId).stream()
                    .map(refund -> RefundRow.of(refund, order.getZone(), localeSelection.getLocale())).toList();
        } catch (RuntimeException unavailable) {
            LOG.log(Level.WARNING, "refunds of order " + orderId + " unavailable; the page goes without them",
                    unavailable);
            return List.of();
        }
    }

    public List<RefundRow> getRefunds() {
        return refunds;
    }

    /**
     * The order's handover from delivery: the code to give the courier at the door, and how the delivery was
     * proven; none when it has no job for the order yet.
     */
    private OrderHandover handover() {
        try {
            return handovers.deliveryCode(userSession.bearer(), orderId);
        } catch (RuntimeException notYet) {
            return null;
        }
    }

    public boolean isDeliveredWithPhoto() {
        return photoJobId != null;
    }

    public Long getPhotoJobId() {
        return photoJobId;
    }

    public String getDeliveryCode() {
        return deliveryCode;
    }

    /** Run by the page's live socket: re-reads the order when the event is about it (or on reconnection). */
    public void orderChanged() {
        Long about = live.getId();
        if (about != null && !about.equals(orderId) || live.is("PositionUpdated")) {
            return;
        }
        String before = order == null ? null : order.getStatus();
        load();
        if (order != null && before != null && !before.equals(order.getStatus())) {
            Messages.info("shop.order.statusChanged");
        }
    }

    /** The customer changes their mind before the merchant accepts: free of charge. */
    public void cancel() {
        ServiceCall.run(() -> {
            ordering.cancel(userSession.bearer(), orderId);
            Messages.info("shop.order.cancelled");
        });
        load();
    }

    public Long getOrderId() {
        return orderId;
    }

    public void setOrderId(Long orderId) {
        this.orderId = orderId;
    }

    public OrderRow getOrder() {
        return order;
    }

    /** What the order costs: lines, delivery fee, tip, total. */
    public PriceSummary getPrice() {
        return price;
    }
}
