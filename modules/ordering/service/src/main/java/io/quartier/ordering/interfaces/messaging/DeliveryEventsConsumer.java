package io.quartier.ordering.interfaces.messaging;

import io.quartier.delivery.api.event.CourierAssigned;
import io.quartier.delivery.api.event.Delivered;
import io.quartier.delivery.api.event.DeliveryFailed;
import io.quartier.delivery.api.event.DeliveryTopic;
import io.quartier.delivery.api.event.PickedUp;
import io.quartier.kernel.event.EventConsumer;
import io.quartier.ordering.application.OrderLifecycle;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Follows the courier: its assignment names the order's courier, pickup and delivery (or its failure) move the order
 * on. Idempotent by eventId; a failure is rethrown so the broker redelivers and, after five attempts, dead-letters the message.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = DeliveryTopic.NAME),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "clientID", propertyValue = "ordering"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "ordering-delivery"),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType IN ('CourierAssigned', 'PickedUp', 'Delivered', 'DeliveryFailed')")
})
public class DeliveryEventsConsumer implements MessageListener {

    @PersistenceContext(unitName = "ordering")
    EntityManager em;

    @Inject
    OrderLifecycle lifecycle;

    private EventConsumer events;

    @PostConstruct
    void handlers() {
        events = new EventConsumer()
                .on(CourierAssigned.class, assigned -> lifecycle.courierAssigned(assigned.orderId(),
                        assigned.courierId()))
                .on(PickedUp.class, pickedUp -> lifecycle.pickedUp(pickedUp.orderId(), pickedUp.courierId()))
                .on(Delivered.class, delivered -> lifecycle.delivered(delivered.orderId()))
                .on(DeliveryFailed.class, failed -> lifecycle.deliveryFailed(failed.orderId(), failed.reason(),
                        failed.note()));
    }

    @Override
    public void onMessage(Message message) {
        events.consume(em, message);
    }
}
