package io.quartier.identity.api;

import java.time.Instant;
import java.util.Set;

/**
 * A signed, short-lived JWT (audience {@code quartier}), the refresh token that renews it until the login ends, and
 * the facts about its account that a web shell needs to render its menus.
 */
public record TokenView(String token, Instant expiresAt, String refreshToken, Instant refreshExpiresAt, long accountId,
                        String username, String displayName, Set<String> roles, Long merchantId, String locale) {
}
