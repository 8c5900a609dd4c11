package io.quartier.shop.view;

import io.quartier.payment.api.PaymentMethodView;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/** A saved payment method as a choice at checkout: brand and last four digits. */
public class PaymentOption implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String label;
    private final boolean preferred;

    PaymentOption(PaymentMethodView method) {
        this.id = method.id();
        this.label = method.brand() + " •••• " + method.last4();
        this.preferred = method.preferred();
    }

    /** The preferred method first, the others in the order payment gives them. */
    public static List<PaymentOption> of(List<PaymentMethodView> methods) {
        return methods.stream()
                .sorted(Comparator.comparing(PaymentMethodView::preferred).reversed())
                .map(PaymentOption::new)
                .toList();
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
