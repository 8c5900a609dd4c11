/**
 * Adapters of the routing port: {@code GreatCircleRouting} (no server needed, the default) and {@code OsrmRouting}
 * (an OSRM server's table service), chosen by {@code delivery.routing} in {@code RoutingSelection}.
 */
package io.quartier.delivery.infrastructure.routing;
