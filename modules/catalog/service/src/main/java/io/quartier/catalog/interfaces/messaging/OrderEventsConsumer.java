package io.quartier.catalog.interfaces.messaging;

import static io.quartier.ordering.api.OrderReferences.stockReservation;

import io.quartier.catalog.application.Stock;
import io.quartier.kernel.event.EventConsumer;
import io.quartier.ordering.api.OrderReferences;
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
 * Settles stock reservations from ordering's events: a placed order keeps its units (the reservation is
 * confirmed), a cancelled or rejected one gives them back. The reservation is named by ordering's
 * {@link OrderReferences}. Idempotent by eventId; failures are rethrown, so the broker redelivers and then
 * dead-letters.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = OrderingTopic.NAME),
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

    private EventConsumer events;

    @PostConstruct
    void handlers() {
        events = new EventConsumer()
                .on(OrderPlaced.class, placed -> stock.confirm(stockReservation(placed.orderId())))
                .on(OrderCancelled.class, cancelled -> stock.releaseOfCancelledOrder(stockReservation(cancelled.orderId())))
                .on(OrderRejected.class, rejected -> stock.releaseOfCancelledOrder(stockReservation(rejected.orderId())));
    }

    @Override
    public void onMessage(Message message) {
        events.consume(em, message);
    }
}
