package io.quartier.payment.api;

/**
 * One account's balance in one currency: debits minus credits, so what the platform holds or is owed is positive and
 * what it owes negative. {@code account} is an account type (CUSTOMER, CUSTOMER_WALLET, GATEWAY_CLEARING,
 * MERCHANT_PAYABLE, COURIER_PAYABLE, TIPS, PLATFORM_COMMISSION, DELIVERY_REVENUE, PROMOTION_FUNDING, VAT);
 * {@code partyId} the customer, merchant or courier it belongs to (0 for the platform's own).
 */
public record LedgerBalance(String account, long partyId, String currency, long balanceMinor) {
}
