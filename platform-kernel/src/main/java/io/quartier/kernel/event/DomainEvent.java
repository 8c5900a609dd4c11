package io.quartier.kernel.event;

/**
 * A past-tense fact published by a context. Implemented by records in the publisher's {@code api} jar.
 * The type name travels in the {@code eventType} header; adding a field keeps the version, changing one
 * means a new version.
 */
public interface DomainEvent {

    default String eventType() {
        return getClass().getSimpleName();
    }

    default int eventVersion() {
        return 1;
    }
}
