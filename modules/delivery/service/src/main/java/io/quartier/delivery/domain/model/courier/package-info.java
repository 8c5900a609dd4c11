/** Couriers: their onboarding, whether they take work now, and what they ride. */
package io.quartier.delivery.domain.model.courier;
