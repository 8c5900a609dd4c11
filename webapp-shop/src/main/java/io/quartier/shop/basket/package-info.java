/** The customer's basket: in the session until the order is placed, and kept by ordering for a logged-in customer. */
package io.quartier.shop.basket;
