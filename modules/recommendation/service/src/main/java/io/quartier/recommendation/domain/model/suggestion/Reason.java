package io.quartier.recommendation.domain.model.suggestion;

/** Why a product is suggested. */
public enum Reason {
    /** Customers who ordered one of the customer's products ordered this one too (the argument names that product). */
    BECAUSE_YOU_ORDERED,
    /** Many customers ordered it in the stores delivering to the customer. */
    POPULAR_NEAR_YOU,
    /** Many customers ordered it in this store. */
    POPULAR_HERE
}
