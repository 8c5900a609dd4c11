package io.quartier.kernel.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the whole server, not only of this WAR. Payara answers {@code /health/ready} with the checks of the
 * WARs deployed so far, so it said UP while later WARs were still deploying. This check stays DOWN until every WAR the
 * server must deploy ({@code quartier.platform.wars}, set by the launcher) has started. Each WAR marks its start ({@link Started}) in
 * a system property, the one thing the WARs of one JVM share (each has its own copy of this class); asking the other
 * WARs over HTTP instead made health requests wait for HTTP threads of the same server while it was still starting.
 * Without that setting (a WAR deployed on its own) it is UP.
 */
@ApplicationScoped
@Readiness
public class PlatformReadiness implements HealthCheck {

    /** Comma-separated context roots. (Payara fails to inject an {@code Optional<List<String>>}: ClassCastException.) */
    @Inject
    @ConfigProperty(name = "quartier.platform.wars")
    Optional<String> wars;

    @Override
    public HealthCheckResponse call() {
        List<String> waiting = wars.stream()
                .flatMap(list -> Arrays.stream(list.split(",")))
                .map(String::strip)
                .filter(war -> !war.isEmpty() && System.getProperty(Started.PROPERTY + war) == null)
                .toList();
        if (waiting.isEmpty()) {
            return HealthCheckResponse.up("platform");
        }
        return HealthCheckResponse.named("platform").down().withData("waitingFor", String.join(",", waiting)).build();
    }
}
