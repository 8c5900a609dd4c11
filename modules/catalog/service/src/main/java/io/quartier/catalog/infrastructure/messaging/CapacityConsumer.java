package io.quartier.catalog.infrastructure.messaging;

import io.quartier.catalog.application.KitchenCapacity;
import io.quartier.kernel.event.EventMessages;
import io.quartier.kernel.event.Topics;
import io.quartier.kernel.persistence.ProcessedEvents;
import io.quartier.ordering.api.event.OrderPlaced;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Counts placed orders against their store's kitchen window, at the time the order was placed (the event's
 * {@code occurredAt}), and stops counting cancelled ones. Its own subscription, beside the stock's consumer of the
 * same events; it marks what it processed under its own name ({@value #CONSUMER}), since both share the catalog's
 * processed_event table. Failures are rethrown, so the broker redelivers and then dead-letters.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Topics.ORDERING),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "clientID", propertyValue = "catalog"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "catalog-capacity"),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = "eventType IN ('OrderPlaced', 'OrderCancelled', 'OrderRejected')")
})
public class CapacityConsumer implements MessageListener {

    static final String CONSUMER = "capacity";

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Inject
    KitchenCapacity capacity;

    @Override
    public void onMessage(Message message) {
        if (!ProcessedEvents.firstDelivery(em, CONSUMER, EventMessages.eventId(message))) {
            return;
        }
        // OrderCancelled and OrderRejected carry the same orderId field; OrderPlaced's record reads all three.
        OrderPlaced order = EventMessages.read(message, OrderPlaced.class);
        switch (EventMessages.eventType(message)) {
            case "OrderPlaced" -> capacity.count(order.orderId(), order.storeId(), EventMessages.occurredAt(message));
            case "OrderCancelled", "OrderRejected" -> capacity.uncount(order.orderId());
            default -> throw new IllegalArgumentException("unexpected event " + EventMessages.eventType(message));
        }
    }
}
