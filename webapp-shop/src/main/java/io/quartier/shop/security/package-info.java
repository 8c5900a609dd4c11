/** Form login for the shop and where each role lands after it. */
package io.quartier.shop.security;
