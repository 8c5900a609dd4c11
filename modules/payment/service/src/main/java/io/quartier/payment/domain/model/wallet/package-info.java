/**
 * The Quartier wallet's own records: its top-ups. The wallet itself is a payment method of its customer (its balance
 * and holds on that row), and its money is an account of the ledger, {@code CUSTOMER_WALLET}.
 */
package io.quartier.payment.domain.model.wallet;
