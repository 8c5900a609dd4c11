package io.quartier.kernel.security;

import io.quartier.kernel.ServiceResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This service's own identity when it calls another service: a SERVICE token that identity issues in exchange for
 * the service's name ({@code quartier.service.name}) and secret ({@code quartier.service.<name>.secret}), the
 * client-credentials pattern. Kept until a minute before it expires. A service never forwards a person's token
 * to an operation that moves money or stock; it says who the person is in the request instead.
 */
@ApplicationScoped
public class ServiceIdentity {

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = ServiceResources.NAME)
    Optional<String> name;

    @Inject
    @ConfigProperty(name = "identity/mp-rest/url", defaultValue = "http://localhost:8080/identity/api")
    String identityUrl;

    @Inject
    Config config;

    private String token;
    private Instant renewAt = Instant.MIN;

    /** The config key of a service's secret. */
    public static String secretKey(String service) {
        return "quartier.service." + service + ".secret";
    }

    /** An {@code Authorization} header value with this service's token. */
    public synchronized String bearer() {
        if (token == null || Instant.now().isAfter(renewAt)) {
            renew();
        }
        return "Bearer " + token;
    }

    private void renew() {
        String service = name.orElseThrow(() -> new IllegalStateException(ServiceResources.NAME + " is not configured"));
        String secret = config.getOptionalValue(secretKey(service), String.class).orElseThrow(
                () -> new IllegalStateException(secretKey(service) + " is not configured: no service token for " + service));
        String credentials = Json.createObjectBuilder().add("service", service).add("secret", secret).build().toString();
        Client client = ClientBuilder.newBuilder().connectTimeout(2, TimeUnit.SECONDS).readTimeout(4, TimeUnit.SECONDS).build();
        try (Response response = client.target(identityUrl).path("service-tokens").request(MediaType.APPLICATION_JSON)
                .post(Entity.json(credentials))) {
            String body = response.readEntity(String.class);
            if (response.getStatus() != 200) {
                throw new IllegalStateException("identity refused a token to " + service + ": HTTP " + response.getStatus());
            }
            JsonObject issued = Json.createReader(new StringReader(body)).readObject();
            token = issued.getString("token");
            Instant expiresAt = Instant.parse(issued.getString("expiresAt"));
            renewAt = expiresAt.minus(RENEW_BEFORE_EXPIRY);
        } catch (ProcessingException e) {
            throw new IllegalStateException("identity did not answer a token request of " + service, e);
        } finally {
            client.close();
        }
    }
}
