package io.quartier.kernel.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the whole server, not only of this WAR. Payara answers {@code /health/ready} with the checks of the
 * WARs deployed so far, so it said UP while later WARs were still deploying and answering 404. This check stays
 * DOWN until every WAR the server must serve ({@code quartier.platform.wars}, set by the launcher) serves its
 * {@value #MARKER} (a static file of this jar, so it answers as soon as the WAR is mapped); once all have, it stays
 * UP. Without that setting (a WAR deployed on its own) it is UP.
 */
@ApplicationScoped
@Readiness
public class PlatformReadiness implements HealthCheck {

    static final String MARKER = "quartier-served.txt";

    /** Comma-separated context roots. (Payara fails to inject an {@code Optional<List<String>>}: ClassCastException.) */
    @Inject
    @ConfigProperty(name = "quartier.platform.wars")
    Optional<String> wars;

    @Inject
    @ConfigProperty(name = "quartier.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    private volatile String name = "platform";
    private volatile boolean allServed;

    /** Names the check after this WAR (health checks run outside any request, so the context is taken at start). */
    void started(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        name = context.getContextPath().replaceFirst("^/", "") + "-platform";
    }

    @Override
    public HealthCheckResponse call() {
        if (allServed || wars.isEmpty()) {
            return HealthCheckResponse.up(name);
        }
        List<String> expected = Arrays.stream(wars.get().split(",")).map(String::strip).filter(war -> !war.isEmpty())
                .toList();
        // Stops at the first WAR not served yet (the rest count as waiting): each call to this same server takes an
        // HTTP thread, so a health request makes as few as it can while the server is still slow to start.
        int first = 0;
        while (first < expected.size() && serves(expected.get(first))) {
            first++;
        }
        List<String> waiting = expected.subList(first, expected.size());
        if (waiting.isEmpty()) {
            allServed = true;
            return HealthCheckResponse.up(name);
        }
        return HealthCheckResponse.named(name).down().withData("waitingFor", String.join(",", waiting)).build();
    }

    private boolean serves(String war) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(baseUrl + "/" + war + "/" + MARKER).toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(1_500);
            c.setInstanceFollowRedirects(false);
            try {
                return c.getResponseCode() == 200;
            } finally {
                c.disconnect();
            }
        } catch (IOException e) {
            return false; // not served yet: the check says which WARs it waits for
        }
    }
}
