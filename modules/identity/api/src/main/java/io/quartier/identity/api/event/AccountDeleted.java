package io.quartier.identity.api.event;

import io.quartier.kernel.event.DomainEvent;

/**
 * An account was deleted at its owner's request: identity erased its personal data, and every context that keeps
 * some of that person's (a delivery address on an order, say) erases its copy, keeping what the books need.
 */
public record AccountDeleted(long accountId) implements DomainEvent {
}
