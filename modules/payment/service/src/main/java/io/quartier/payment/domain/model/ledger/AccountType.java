package io.quartier.payment.domain.model.ledger;

/**
 * The kinds of account the ledger posts to. A balance is debits minus credits: money the platform holds or is owed is
 * positive, money it owes (to a merchant, a courier, the tax office) negative.
 */
public enum AccountType {
    /** What a customer owes the platform (positive) or is owed by it (negative); one per customer. */
    CUSTOMER(true),
    /**
     * What the platform owes a customer in its Quartier wallet (negative: topped up and not spent); one per customer.
     * Never positive: a wallet pays only what it holds.
     */
    CUSTOMER_WALLET(true),
    /** Money the card gateway took for the platform and has not paid out yet. */
    GATEWAY_CLEARING(false),
    /** What the platform owes a merchant for its sales; one per merchant. */
    MERCHANT_PAYABLE(true),
    /** What the platform owes a courier for the jobs it delivered (their earnings, tips aside); one per courier. */
    COURIER_PAYABLE(true),
    /** Tips the platform holds for a courier; one per courier. */
    TIPS(true),
    /** The platform's revenue: its commission on sales (negative: earned). */
    PLATFORM_COMMISSION(false),
    /**
     * The platform's delivery revenue: the delivery fees without VAT it charged (credited at capture) less the
     * earnings it pays its couriers for their jobs (debited at delivery). Negative when the fees paid for the jobs,
     * positive when the platform subsidised them. Kept apart from the commission, so the books show what delivery
     * earns or costs on its own.
     */
    DELIVERY_REVENUE(false),
    /** What the platform spent on the discounts it funds (positive: spent). */
    PROMOTION_FUNDING(false),
    /** VAT collected and owed to the tax office. */
    VAT(false);

    private final boolean perParty;

    AccountType(boolean perParty) {
        this.perParty = perParty;
    }

    /** Whether the account exists once per customer, merchant or courier (else once for the platform). */
    public boolean perParty() {
        return perParty;
    }
}
