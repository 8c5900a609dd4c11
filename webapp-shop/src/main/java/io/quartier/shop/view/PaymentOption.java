package io.quartier.shop.view;

import io.quartier.kernel.Money;
import io.quartier.payment.api.PaymentMethodView;
import io.quartier.ui.Messages;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A saved payment method as a choice at checkout: brand and last four digits (and the phone's wallet keeping the card),
 * or the Quartier wallet with what it can pay now.
 */
public class PaymentOption implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String label;
    private final boolean preferred;

    PaymentOption(PaymentMethodView method) {
        this.id = method.id();
        this.label = method.isWallet() ? walletLabel(method) : cardLabel(method);
        this.preferred = method.preferred();
    }

    /** The preferred method first, the others in the order payment gives them. */
    public static List<PaymentOption> of(List<PaymentMethodView> methods) {
        return methods.stream()
                .sorted(Comparator.comparing(PaymentMethodView::preferred).reversed())
                .map(PaymentOption::new)
                .toList();
    }

    /**
     * A card as the customer knows it: brand and last four digits, after the phone's wallet that keeps it (whose last
     * four are the device number's, as the phone shows them).
     */
    public static String cardLabel(PaymentMethodView card) {
        String label = card.brand() + " •••• " + card.last4();
        return card.deviceWallet() == null ? label
                : Messages.text("shop.paymentMethods.deviceWallet." + card.deviceWallet()) + " · " + label;
    }

    private static String walletLabel(PaymentMethodView wallet) {
        Locale reader = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Messages.text("shop.basket.wallet", Money.of(wallet.balanceMinor(), wallet.currency()).format(reader));
    }

    public long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public boolean isPreferred() {
        return preferred;
    }
}
