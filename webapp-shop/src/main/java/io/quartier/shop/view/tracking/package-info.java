/** The customer's view of their order's courier: where it is and when it should arrive. */
package io.quartier.shop.view.tracking;
