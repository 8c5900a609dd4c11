package io.quartier.recommendation.interfaces.messaging;

import io.quartier.kernel.event.EventConsumer;
import io.quartier.ordering.api.event.OrderPlaced;
import io.quartier.ordering.api.event.OrderingTopic;
import io.quartier.recommendation.application.OrderHistory;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A placed order teaches what its customer ordered. Idempotent by eventId; failures are rethrown. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = OrderingTopic.NAME),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "clientID", propertyValue = "recommendation"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "recommendation-ordering"),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType = 'OrderPlaced'")
})
public class OrderEventsConsumer implements MessageListener {

    @PersistenceContext(unitName = "recommendation")
    EntityManager em;

    @Inject
    OrderHistory history;

    private EventConsumer events;

    @PostConstruct
    void handlers() {
        events = new EventConsumer().onWithTime(OrderPlaced.class, history::learn);
    }

    @Override
    public void onMessage(Message message) {
        events.consume(em, message);
    }
}
