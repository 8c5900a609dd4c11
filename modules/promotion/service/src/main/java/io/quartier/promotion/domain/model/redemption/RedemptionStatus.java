package io.quartier.promotion.domain.model.redemption;

/** A use of a promotion: held by an order being placed, confirmed once it is placed, or given back. */
public enum RedemptionStatus {
    RESERVED, CONFIRMED, RELEASED
}
