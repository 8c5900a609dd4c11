package io.quartier.kernel.event;

import io.quartier.kernel.ServiceResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;

/**
 * Publishes this module's events through its own connection factory ({@code java:app/jms/<module>}, named by
 * {@value ServiceResources#NAME}). Inside a JTA transaction the send is enlisted, so the event goes out if and only if
 * the transaction commits. Each context's {@code Jms*Events} adapter names its topic and calls this through
 * {@link TopicEvents}.
 */
@ApplicationScoped
public class EventPublisher {

    private volatile ConnectionFactory broker;

    /** Sends the event on the topic; answers its eventId. */
    public String publish(String topic, DomainEvent event) {
        return EventMessages.publish(broker(), topic, event);
    }

    private ConnectionFactory broker() {
        if (broker == null) {
            broker = ServiceResources.broker(ServiceResources.name());
        }
        return broker;
    }
}
