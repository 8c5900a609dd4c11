package io.quartier.payment.domain.model.method;

import java.util.List;
import java.util.Optional;

/** Customers' payment methods (port; {@code JpaPaymentMethodRepository} is the adapter). Removed ones are left out. */
public interface PaymentMethodRepository {

    /** The customer's methods, the preferred one first. */
    List<PaymentMethod> ofCustomer(long customerId);

    /** The customer's methods, locked until the transaction ends: changes of one customer's methods run in turn. */
    List<PaymentMethod> ofCustomerForUpdate(long customerId);

    /** The method, only when it belongs to the customer: someone else's is as good as unknown. */
    Optional<PaymentMethod> owned(long customerId, long methodId);

    /** The method locked until the transaction ends (a wallet's balance changes one at a time); removed ones too. */
    Optional<PaymentMethod> byIdForUpdate(long methodId);

    /** The customer's wallet in a currency, if it has one. */
    Optional<PaymentMethod> wallet(long customerId, String currency);

    void add(PaymentMethod method);
}
