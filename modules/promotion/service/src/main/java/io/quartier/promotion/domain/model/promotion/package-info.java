/**
 * Promotions: coupons (a code the customer enters) and automatic discounts (free delivery over an amount, a happy hour
 * on a shelf, 2 for 1 on a product), each with its terms (validity in the store's time zone, scope, minimum basket,
 * first order only, limits) and who funds it. {@link io.quartier.promotion.domain.model.promotion.Promotion#refusal}
 * says why one does not apply to a basket; {@link io.quartier.promotion.domain.service.BestDiscounts} picks the best.
 */
package io.quartier.promotion.domain.model.promotion;
