package io.quartier.systemtests.arch.planted.edge;

/** Stands in for the kernel's {@code DomainEvent}, which every event implements. */
public interface DomainEvent {
}
