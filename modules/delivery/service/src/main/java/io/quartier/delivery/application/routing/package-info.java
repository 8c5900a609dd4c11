/**
 * The routing port: how far and how long between the places of a plan, for a vehicle of a given speed. The
 * adapters (great-circle by default, OSRM by configuration) live in {@code infrastructure.routing}.
 */
package io.quartier.delivery.application.routing;
