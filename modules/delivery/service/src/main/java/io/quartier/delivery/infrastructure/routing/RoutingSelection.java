package io.quartier.delivery.infrastructure.routing;

import io.quartier.delivery.application.routing.Routing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Offers the routing adapter named by {@code delivery.routing} ({@code DELIVERY_ROUTING}): {@code great-circle}
 * (the default) or {@code osrm} at {@code delivery.routing.url} ({@code DELIVERY_ROUTING_URL}). A wrong name or
 * a missing URL stops the deployment rather than the first dispatch.
 */
@ApplicationScoped
public class RoutingSelection {

    @Inject
    @ConfigProperty(name = "delivery.routing", defaultValue = "great-circle")
    String routing;

    @Inject
    @ConfigProperty(name = "delivery.routing.url")
    Optional<URI> url;

    @Inject
    @ConfigProperty(name = "delivery.routing.profile", defaultValue = "driving")
    String profile;

    @Inject
    @ConfigProperty(name = "delivery.routing.timeout", defaultValue = "PT2S")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "delivery.routing.max-table-size", defaultValue = "100")
    int maxTableSize;

    /** {@code great-circle}: estimate when OSRM fails; {@code none}: fail the dispatch cycle, which retries. */
    @Inject
    @ConfigProperty(name = "delivery.routing.fallback", defaultValue = "great-circle")
    String fallback;

    @Inject
    @ConfigProperty(name = "delivery.routing.road-factor", defaultValue = "1.3")
    double roadFactor;

    private Routing selected;

    @Produces
    synchronized Routing selected() {
        if (selected == null) {
            selected = build();
        }
        return selected;
    }

    void verifyAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        selected();
    }

    private Routing build() {
        GreatCircleRouting greatCircle = new GreatCircleRouting(roadFactor);
        return switch (routing) {
            case "great-circle" -> greatCircle;
            case "osrm" -> new OsrmRouting(url.orElseThrow(() -> new IllegalStateException(
                    "delivery.routing=osrm needs delivery.routing.url (DELIVERY_ROUTING_URL)")),
                    profile, timeout, maxTableSize, greatCircle, fallBack());
            default -> throw new IllegalStateException(
                    "delivery.routing=" + routing + " names no routing adapter; known: great-circle, osrm");
        };
    }

    private boolean fallBack() {
        return switch (fallback) {
            case "great-circle" -> true;
            case "none" -> false;
            default -> throw new IllegalStateException(
                    "delivery.routing.fallback=" + fallback + " is neither great-circle nor none");
        };
    }
}
