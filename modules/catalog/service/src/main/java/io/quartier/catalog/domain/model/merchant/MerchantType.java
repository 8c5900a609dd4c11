package io.quartier.catalog.domain.model.merchant;

/** What a merchant sells; it decides VAT rates and how the shop presents the store. */
public enum MerchantType {
    RESTAURANT, GROCERY, SPECIALTY
}
