package io.quartier.catalog.interfaces.messaging;

import io.quartier.catalog.application.KitchenCapacity;
import io.quartier.kernel.event.EventConsumer;
import io.quartier.ordering.api.event.OrderCancelled;
import io.quartier.ordering.api.event.OrderPlaced;
import io.quartier.ordering.api.event.OrderRejected;
import io.quartier.ordering.api.event.OrderingTopic;
import jakarta.annotation.PostConstruct;
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
        @ActivationConfigProperty(propertyName = "destination", propertyValue = OrderingTopic.NAME),
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

    private EventConsumer events;

    @PostConstruct
    void handlers() {
        events = new EventConsumer(CONSUMER)
                .onWithTime(OrderPlaced.class, (placed, at) -> capacity.count(placed.orderId(), placed.storeId(), at))
                .on(OrderCancelled.class, cancelled -> capacity.uncount(cancelled.orderId()))
                .on(OrderRejected.class, rejected -> capacity.uncount(rejected.orderId()));
    }

    @Override
    public void onMessage(Message message) {
        events.consume(em, message);
    }
}
