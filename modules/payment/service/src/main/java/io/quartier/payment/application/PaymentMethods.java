package io.quartier.payment.application;

import io.quartier.payment.api.PaymentMethodView;
import io.quartier.payment.domain.model.method.PaymentMethodRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** A customer's saved payment methods as they see them: the gateway token is never shown. */
@ApplicationScoped
public class PaymentMethods {

    @Inject
    PaymentMethodRepository methods;

    /** The preferred one first. */
    public List<PaymentMethodView> ofCustomer(long customerId) {
        return methods.ofCustomer(customerId).stream()
                .map(m -> new PaymentMethodView(m.getId(), m.getBrand(), m.getLast4(), m.getExpiryMonth(),
                        m.getExpiryYear(), m.isPreferred()))
                .toList();
    }
}
