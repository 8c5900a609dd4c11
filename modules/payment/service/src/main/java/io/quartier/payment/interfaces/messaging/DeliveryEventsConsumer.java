package io.quartier.payment.interfaces.messaging;

import io.quartier.delivery.api.event.Delivered;
import io.quartier.delivery.api.event.DeliveryTopic;
import io.quartier.kernel.event.EventConsumer;
import io.quartier.payment.application.CourierEarnings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Follows couriers: a delivered job's earnings are owed to its courier (see {@link CourierEarnings}). A redelivered
 * event is skipped; a failure is rethrown so the broker redelivers and, in the end, dead-letters the message.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = DeliveryTopic.NAME),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "clientID", propertyValue = "payment"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "payment-delivery"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType = 'Delivered'")
})
public class DeliveryEventsConsumer implements MessageListener {

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    @Inject
    CourierEarnings earnings;

    private EventConsumer events;

    @PostConstruct
    void handlers() {
        events = new EventConsumer().on(Delivered.class, earnings::delivered);
    }

    @Override
    public void onMessage(Message message) {
        events.consume(em, message);
    }
}
