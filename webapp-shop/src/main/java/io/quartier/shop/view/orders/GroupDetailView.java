package io.quartier.shop.view.orders;

import io.quartier.kernel.Money;
import io.quartier.ordering.api.OrderGroupView;
import io.quartier.ordering.api.OrderGroupsApi;
import io.quartier.ui.Formats;
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
import java.util.Locale;

/**
 * An order from several shops: each shop's part with its own status, one payment, one delivery fee and one tip,
 * re-read whenever the customer's channel says one of its parts changed. When a shop refused its part, the customer
 * chooses at once: go on without it (only the other parts are charged) or cancel the rest.
 */
@Named
@ViewScoped
public class GroupDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    OrderGroupsApi groups;

    @Inject
    UserSession userSession;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    LiveView live;

    private Long groupId;
    private List<OrderRow> parts;
    private List<Long> partIds = List.of();
    private String total;
    private String charged;
    private String deliveryFee;
    private String tip;
    private boolean choicePending;
    /** The slot every part is served in, on the first store's clock; null for as soon as possible. */
    private String scheduledFor;
    private boolean cancellable;

    public void load() {
        if (groupId == null) {
            Messages.error("problem.notFound");
            return;
        }
        ServiceCall.run(() -> {
            OrderGroupView view = groups.group(userSession.bearer(), groupId);
            Locale reader = localeSelection.getLocale();
            parts = view.parts().stream().map(p -> OrderRow.of(p, reader)).toList();
            partIds = view.parts().stream().map(p -> p.id()).toList();
            total = Money.of(view.totalMinor(), view.currency()).format(reader);
            charged = Money.of(view.chargedMinor(), view.currency()).format(reader);
            deliveryFee = Money.of(view.deliveryFeeMinor(), view.currency()).format(reader);
            tip = Money.of(view.tipMinor(), view.currency()).format(reader);
            choicePending = view.choicePending();
            scheduledFor = view.scheduledFor() == null || view.parts().isEmpty() ? null
                    : Formats.dateTime(view.scheduledFor(), Formats.zone(view.parts().get(0).storeTimeZone()), reader);
            cancellable = parts.stream().anyMatch(OrderRow::isAwaitingAnswer);
        });
    }

    /** Run by the page's live socket: re-reads the order when the event is about one of its parts. */
    public void partChanged() {
        Long about = live.getId();
        if (about != null && !partIds.contains(about)) {
            return;
        }
        boolean askedBefore = choicePending;
        load();
        if (choicePending && !askedBefore) {
            Messages.warn("shop.group.partRejected");
        }
    }

    /** The customer goes on without the parts their shops refused. */
    public void goOn() {
        ServiceCall.run(() -> {
            groups.goOn(userSession.bearer(), groupId);
            Messages.info("shop.group.wentOn");
        });
        load();
    }

    /** The customer cancels every part still waiting for its shop: free of charge. */
    public void cancel() {
        ServiceCall.run(() -> {
            groups.cancel(userSession.bearer(), groupId);
            Messages.info("shop.group.cancelled");
        });
        load();
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public List<OrderRow> getParts() {
        return parts;
    }

    /** What was authorised: the sum of the parts. */
    public String getTotal() {
        return total;
    }

    /** What the parts still standing charge. */
    public String getCharged() {
        return charged;
    }

    public String getDeliveryFee() {
        return deliveryFee;
    }

    public String getTip() {
        return tip;
    }

    /** A shop refused its part and the customer has not chosen yet. */
    public String getScheduledFor() {
        return scheduledFor;
    }

    public boolean isChoicePending() {
        return choicePending;
    }

    /** Some part still waits for its shop's answer, so the rest may be cancelled. */
    public boolean isCancellable() {
        return cancellable;
    }
}
