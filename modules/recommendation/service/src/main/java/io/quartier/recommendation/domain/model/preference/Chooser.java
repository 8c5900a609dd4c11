package io.quartier.recommendation.domain.model.preference;

/** Who chooses about suggestions: a customer for itself, a merchant for its stores' products. */
public enum Chooser {
    CUSTOMER,
    MERCHANT
}
