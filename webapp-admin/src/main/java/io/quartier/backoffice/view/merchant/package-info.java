/** Backing beans of the merchant portal. */
package io.quartier.backoffice.view.merchant;
