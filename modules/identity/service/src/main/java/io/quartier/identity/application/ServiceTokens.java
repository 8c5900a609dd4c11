package io.quartier.identity.application;

import io.quartier.identity.api.ServiceCredentials;
import io.quartier.identity.api.ServiceTokenView;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.kernel.security.Roles;
import io.quartier.kernel.security.ServiceIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues the platform's services their own tokens (role SERVICE, subject {@code service:<name>}), in exchange for
 * the secret each was given ({@code quartier.service.<name>.secret}; the launcher generates them). Only such a
 * token may reserve or release stock or authorise a payment: a person's token never can.
 */
@ApplicationScoped
public class ServiceTokens {

    private static final Logger LOG = Logger.getLogger(ServiceTokens.class.getName());

    @Inject
    TokenSigner signer;

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "identity.service-token.lifetime", defaultValue = "PT10M")
    Duration lifetime;

    public ServiceTokenView issue(ServiceCredentials credentials) {
        Optional<String> expected = config.getOptionalValue(ServiceIdentity.secretKey(credentials.service()), String.class);
        boolean matches = expected.isPresent() && MessageDigest.isEqual(
                expected.get().getBytes(StandardCharsets.UTF_8), credentials.secret().getBytes(StandardCharsets.UTF_8));
        if (!matches) {
            LOG.warning(() -> "refused a service token to " + credentials.service() + ": unknown service or wrong secret");
            throw new ProblemException(401, "problem.badCredentials", "unknown service or wrong secret");
        }
        Instant expiresAt = Instant.now().plus(lifetime);
        String token = signer.sign("service:" + credentials.service(), credentials.service(), Set.of(Roles.SERVICE),
                Map.of(), expiresAt);
        return new ServiceTokenView(token, expiresAt);
    }
}
