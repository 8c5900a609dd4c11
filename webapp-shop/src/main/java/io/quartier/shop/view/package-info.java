/** Backing beans of the shop's pages, one per page, and their rows. */
package io.quartier.shop.view;
