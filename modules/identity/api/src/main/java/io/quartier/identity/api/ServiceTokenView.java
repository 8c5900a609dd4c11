package io.quartier.identity.api;

import java.time.Instant;

/** A signed JWT with the SERVICE role for one of the platform's services, and when it expires. */
public record ServiceTokenView(String token, Instant expiresAt) {
}
