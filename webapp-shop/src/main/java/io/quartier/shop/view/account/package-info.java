/**
 * Backing beans of the account pages: before logging in, sign-up, address confirmation and password reset; a customer's
 * profile, address book and account deletion.
 */
package io.quartier.shop.view.account;
