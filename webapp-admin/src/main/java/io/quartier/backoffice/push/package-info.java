/**
 * Live updates of the back office's pages: message-driven beans on ordering's and delivery's topics, pushing to open
 * pages (the merchant's order queue with its couriers on the way, the staff's dispatch board).
 */
package io.quartier.backoffice.push;
