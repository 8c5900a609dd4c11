package io.quartier.recommendation.interfaces.messaging;

import io.quartier.identity.api.event.AccountDeleted;
import io.quartier.identity.api.event.IdentityTopic;
import io.quartier.kernel.event.EventConsumer;
import io.quartier.recommendation.application.OrderHistory;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A deleted account's orders are forgotten. Idempotent by eventId; failures are rethrown. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = IdentityTopic.NAME),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "clientID", propertyValue = "recommendation"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "recommendation-identity"),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType = 'AccountDeleted'")
})
public class IdentityEventsConsumer implements MessageListener {

    @PersistenceContext(unitName = "recommendation")
    EntityManager em;

    @Inject
    OrderHistory history;

    private EventConsumer events;

    @PostConstruct
    void handlers() {
        events = new EventConsumer().on(AccountDeleted.class, history::forget);
    }

    @Override
    public void onMessage(Message message) {
        events.consume(em, message);
    }
}
