/** The customer's basket, kept in the session until the order is placed. */
package io.quartier.shop.basket;
