/** The data grid shared by the instances: couriers' live positions. */
package io.quartier.delivery.infrastructure.grid;
