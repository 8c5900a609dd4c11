/** Backing beans of the platform console. */
package io.quartier.backoffice.view.admin;
