package io.quartier.backoffice.view.merchant;

import io.quartier.delivery.api.HandoverApi;
import io.quartier.ordering.api.KitchenTicket;
import io.quartier.ordering.api.OrderView;
import io.quartier.ordering.api.OrderingApi;
import io.quartier.ui.Formats;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * An order's kitchen ticket, printed as the page opens: every opening is a print that ordering counts, so from the
 * second one on the ticket says it is a reprint.
 */
@Named
@RequestScoped
public class KitchenTicketView {

    @Inject
    @Service
    OrderingApi ordering;

    @Inject
    @Service
    HandoverApi handovers;

    @Inject
    UserSession userSession;

    @Inject
    LocaleSelection localeSelection;

    private long id;
    private KitchenTicket ticket;
    private String pickupCode;

    public void load() {
        if (ServiceCall.run(() -> ticket = ordering.printTicket(userSession.bearer(), id))) {
            pickupCode = pickupCode();
        }
    }

    /** The code the courier must say at pickup; none while delivery has no job for the order yet. */
    private String pickupCode() {
        try {
            return handovers.pickupCode(userSession.bearer(), id).code();
        } catch (RuntimeException notYet) {
            return null;
        }
    }

    public String getPickupCode() {
        return pickupCode;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public KitchenTicket getTicket() {
        return ticket;
    }

    public List<OrderView.Line> getLines() {
        return ticket == null ? List.of() : ticket.lines();
    }

    public String getPlacedAt() {
        return ticket == null ? "" : Formats.dateTime(ticket.placedAt(), Formats.zone(ticket.storeTimeZone()), localeSelection.getLocale());
    }

    public String getReadyBy() {
        return ticket == null ? "" : Formats.dateTime(ticket.readyBy(), Formats.zone(ticket.storeTimeZone()), localeSelection.getLocale());
    }

    public String getPrintedAt() {
        return ticket == null ? "" : Formats.dateTime(ticket.printedAt(), Formats.zone(ticket.storeTimeZone()), localeSelection.getLocale());
    }
}
