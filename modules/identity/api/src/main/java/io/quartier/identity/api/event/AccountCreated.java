package io.quartier.identity.api.event;

import io.quartier.kernel.event.DomainEvent;

/** An account was created. */
public record AccountCreated(long accountId, String username, String role) implements DomainEvent {
}
