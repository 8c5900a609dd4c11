package io.quartier.ordering.application;

import io.quartier.kernel.Money;

/**
 * The payment service, in checkout's terms (port; {@code RestPayments} is the adapter). A refusal is a
 * {@link io.quartier.kernel.problem.ProblemException} with payment's status and code; anything else thrown means
 * the outcome is not known.
 */
public interface Payments {

    /**
     * Holds the amount on the customer's method, once per order; returns the authorization's id.
     * {@code authenticatedOrderId}, when not null, is the earlier order of the same checkout whose 3-D Secure challenge
     * the customer answered (payment takes that answer for this order). A bank asking for a challenge first is a 402
     * {@code problem.order.authenticationRequired} whose {@code errors.challengeUrl} is where to send the customer.
     */
    long authorize(long customerId, long orderId, long paymentMethodId, Money amount, Long authenticatedOrderId);

    /** Releases every hold payment keeps for the order (none is fine). */
    void voidHolds(long orderId);

    /**
     * Holds the sum of a multi-store order's parts, once per group; returns the authorization's id.
     * {@code authenticatedGroupId}, when not null, is the earlier group of the same checkout whose 3-D Secure challenge
     * the customer answered; a challenge first is a 402 as for {@link #authorize}.
     */
    long authorizeGroup(long customerId, long groupId, long paymentMethodId, Money amount, Long authenticatedGroupId);

    /** Releases every hold payment keeps for the multi-store order (none is fine). */
    void voidGroupHolds(long groupId);
}
