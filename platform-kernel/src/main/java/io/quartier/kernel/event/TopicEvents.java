package io.quartier.kernel.event;

import jakarta.inject.Inject;

/**
 * What a context's {@code Jms*Events} adapter does: publishes each of its events on the context's one topic, through
 * the kernel's {@link EventPublisher}, inside the caller's transaction. The adapter names the topic and implements its
 * context's events port.
 */
public abstract class TopicEvents {

    @Inject
    EventPublisher publisher;

    private final String topic;

    protected TopicEvents(String topic) {
        this.topic = topic;
    }

    public void publish(DomainEvent event) {
        publisher.publish(topic, event);
    }
}
