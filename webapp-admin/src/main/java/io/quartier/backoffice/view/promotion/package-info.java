/** What the merchant's and the staff's promotion pages share: the terms of a new promotion as typed into the form. */
package io.quartier.backoffice.view.promotion;
