/**
 * Promotion's use cases: quoting a basket's best discounts, reserving, confirming and giving back an order's uses,
 * and the promotions merchants and platform staff manage; {@link io.quartier.promotion.application.PromotionEvents}
 * is the port to the broker.
 */
package io.quartier.promotion.application;
