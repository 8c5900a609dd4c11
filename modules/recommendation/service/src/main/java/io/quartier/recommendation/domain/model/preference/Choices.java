package io.quartier.recommendation.domain.model.preference;

/** Customers' and merchants' choices about suggestions (port; {@code JpaChoices} is the adapter). */
public interface Choices {

    boolean customerWants(long customerId);

    void customerChooses(long customerId, boolean enabled);

    boolean merchantWants(long merchantId);

    void merchantChooses(long merchantId, boolean enabled);

    /** Forgets the customer's choice (its account is gone). */
    void forgetCustomer(long customerId);
}
