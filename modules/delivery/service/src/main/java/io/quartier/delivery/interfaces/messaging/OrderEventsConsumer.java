package io.quartier.delivery.interfaces.messaging;

import io.quartier.delivery.application.Dispatch;
import io.quartier.kernel.event.EventConsumer;
import io.quartier.ordering.api.event.OrderAccepted;
import io.quartier.ordering.api.event.OrderingTopic;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** An accepted order needs a courier: a job waits for one. Idempotent by eventId; failures are rethrown. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = OrderingTopic.NAME),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "clientID", propertyValue = "delivery"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "delivery-ordering"),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType = 'OrderAccepted'")
})
public class OrderEventsConsumer implements MessageListener {

    @PersistenceContext(unitName = "delivery")
    EntityManager em;

    @Inject
    Dispatch dispatch;

    private EventConsumer events;

    @PostConstruct
    void handlers() {
        events = new EventConsumer().on(OrderAccepted.class, dispatch::create);
    }

    @Override
    public void onMessage(Message message) {
        events.consume(em, message);
    }
}
