/** Backing beans of the account pages a visitor uses before logging in: sign-up, address confirmation, password reset. */
package io.quartier.shop.view.account;
