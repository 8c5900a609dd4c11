package io.quartier.payment.domain.model.method;

import java.util.List;
import java.util.Optional;

/** Customers' saved payment methods (port; {@code JpaPaymentMethodRepository} is the adapter). */
public interface PaymentMethodRepository {

    /** The customer's methods, the preferred one first. */
    List<PaymentMethod> ofCustomer(long customerId);

    /** The method, only when it belongs to the customer: someone else's is as good as unknown. */
    Optional<PaymentMethod> owned(long customerId, long methodId);
}
