package io.quartier.payment.domain.model.sale;

/**
 * Who a refund is the fault of, which says who gives the money back: the merchant (a wrong or missing dish), the
 * courier (a spilled bag), the platform (its own error or a goodwill gesture), or nobody's but the customer's (a
 * change of mind accepted by support: the sale is undone as it was made, each party giving back its share).
 */
public enum Fault {
    MERCHANT, COURIER, PLATFORM, CUSTOMER
}
