package io.quartier.identity.api;

import java.time.Instant;
import java.util.Set;

/** A signed JWT and the facts about its account that a web shell needs to render its menus. */
public record TokenView(String token, Instant expiresAt, long accountId, String username, String displayName,
                        Set<String> roles, Long merchantId, String locale) {
}
