/** Prices as customers read them before paying and on their receipts: the breakdown, the tip, the receipt's PDF. */
package io.quartier.shop.view.price;
