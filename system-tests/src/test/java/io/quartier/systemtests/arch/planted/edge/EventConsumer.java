package io.quartier.systemtests.arch.planted.edge;

/** Stands in for the kernel's {@code EventConsumer}: once per event id, rethrown on failure. */
public class EventConsumer {

    public void consume(Object message) {
        // a stand-in: the rule only looks at who uses it
    }
}
