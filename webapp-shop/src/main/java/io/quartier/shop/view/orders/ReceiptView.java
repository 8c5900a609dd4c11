package io.quartier.shop.view.orders;

import io.quartier.ordering.api.OrderingApi;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Messages;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** An order's receipt page, for the customer whose order it is; its PDF is {@link ReceiptDownload}'s. */
@Named
@ViewScoped
public class ReceiptView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    OrderingApi ordering;

    @Inject
    UserSession userSession;

    @Inject
    LocaleSelection localeSelection;

    private Long orderId;
    private Receipt receipt;

    public void load() {
        if (orderId == null) {
            Messages.error("problem.notFound");
            return;
        }
        ServiceCall.run(() -> receipt = Receipt.of(ordering.order(userSession.bearer(), orderId),
                localeSelection.getLocale()));
    }

    public Long getOrderId() {
        return orderId;
    }

    public void setOrderId(Long orderId) {
        this.orderId = orderId;
    }

    public Receipt getReceipt() {
        return receipt;
    }
}
