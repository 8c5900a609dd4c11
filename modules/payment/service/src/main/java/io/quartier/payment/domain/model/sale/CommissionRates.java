package io.quartier.payment.domain.model.sale;

/** The platform's commission per merchant (port; {@code JpaCommissionRates}: a table of overrides and a default). */
public interface CommissionRates {

    /** The merchant's rate in basis points (1500 = 15 %). */
    int basisPoints(long merchantId);
}
