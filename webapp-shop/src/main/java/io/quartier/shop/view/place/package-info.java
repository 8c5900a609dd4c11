/** The "Deliver to" chooser of every shop page. */
package io.quartier.shop.view.place;
