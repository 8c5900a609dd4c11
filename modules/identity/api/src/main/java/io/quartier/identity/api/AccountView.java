package io.quartier.identity.api;

import java.util.Set;

/** An account as others may see it; never carries a credential. */
public record AccountView(long id, String username, String displayName, String email, Set<String> roles,
                          Long merchantId, String locale, String deliveryAddress) {
}
