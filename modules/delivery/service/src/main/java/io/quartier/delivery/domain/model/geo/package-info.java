/** Places on Earth and the distances between them, as the couriers' phones and the stores' addresses give them. */
package io.quartier.delivery.domain.model.geo;
