package io.quartier.recommendation.domain.model.preference;

/** Customers' and merchants' choices about suggestions (port; {@code JpaChoices} is the adapter). */
public interface Choices {

    /** Whether the customer or merchant {@code id} wants suggestions; one who never chose does. */
    boolean wants(Chooser who, long id);

    void choose(Chooser who, long id, boolean enabled);

    /** Forgets the customer's choice (its account is gone). */
    void forgetCustomer(long customerId);
}
