package io.quartier.identity.application;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Signs the platform's tokens with identity's private key, and tells the public key that verifies them (port;
 * {@code Rs256TokenSigner} keeps the key pair in the data folder).
 */
public interface TokenSigner {

    String publicKeyPem();

    /** A signed JWT for {@code subject}, with its groups and extra claims, valid until {@code expiresAt}. */
    String sign(String subject, String upn, Set<String> groups, Map<String, Object> claims, Instant expiresAt);
}
