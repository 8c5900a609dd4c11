package io.quartier.delivery.interfaces.messaging;

import io.quartier.delivery.application.CustomerErasure;
import io.quartier.identity.api.event.AccountDeleted;
import io.quartier.identity.api.event.IdentityTopic;
import io.quartier.kernel.event.EventConsumer;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Follows identity: a deleted customer's finished jobs forget their drop-off place. Idempotent by eventId; a failure
 * is rethrown so the broker redelivers and, in the end, dead-letters the message.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = IdentityTopic.NAME),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "clientID", propertyValue = "delivery"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "delivery-identity"),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType = 'AccountDeleted'")
})
public class IdentityEventsConsumer implements MessageListener {

    @PersistenceContext(unitName = "delivery")
    EntityManager em;

    @Inject
    CustomerErasure erasure;

    private EventConsumer events;

    @PostConstruct
    void handlers() {
        events = new EventConsumer().on(AccountDeleted.class, deleted -> erasure.erase(deleted.accountId()));
    }

    @Override
    public void onMessage(Message message) {
        events.consume(em, message);
    }
}
