package io.quartier.promotion.domain.model.promotion;

/** Who pays for a discount: the merchant (out of what it is owed) or the platform (its promotion funding). */
public enum Funder {
    MERCHANT, PLATFORM
}
