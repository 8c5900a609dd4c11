package io.quartier.catalog.infrastructure.messaging;

import io.quartier.catalog.application.Stock;
import io.quartier.kernel.event.EventMessages;
import io.quartier.kernel.event.Topics;
import io.quartier.kernel.persistence.ProcessedEvents;
import io.quartier.ordering.api.OrderReferences;
import io.quartier.ordering.api.event.OrderPlaced;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Settles stock reservations from ordering's events: a placed order keeps its units (the reservation is
 * confirmed), a cancelled one gives them back. Idempotent by eventId; failures are rethrown, so the broker
 * redelivers and then dead-letters.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Topics.ORDERING),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "clientID", propertyValue = "catalog"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "catalog-ordering"),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = "eventType IN ('OrderPlaced', 'OrderCancelled', 'OrderRejected')")
})
public class OrderEventsConsumer implements MessageListener {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Inject
    Stock stock;

    @Override
    public void onMessage(Message message) {
        if (!ProcessedEvents.firstDelivery(em, EventMessages.eventId(message))) {
            return;
        }
        // OrderCancelled and OrderRejected carry the same orderId field; OrderPlaced's record reads all three.
        long orderId = EventMessages.read(message, OrderPlaced.class).orderId();
        switch (EventMessages.eventType(message)) {
            case "OrderPlaced" -> stock.confirm(OrderReferences.stockReservation(orderId));
            case "OrderCancelled", "OrderRejected" -> stock.releaseOfCancelledOrder(OrderReferences.stockReservation(orderId));
            default -> throw new IllegalArgumentException("unexpected event " + EventMessages.eventType(message));
        }
    }
}
