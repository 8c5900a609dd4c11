package io.quartier.payment.infrastructure.messaging;

import io.quartier.kernel.event.EventMessages;
import io.quartier.kernel.event.Topics;
import io.quartier.kernel.persistence.ProcessedEvents;
import io.quartier.ordering.api.OrderReferences;
import io.quartier.ordering.api.event.OrderCancelled;
import io.quartier.ordering.api.event.OrderDelivered;
import io.quartier.ordering.api.event.OrderRejected;
import io.quartier.ordering.api.event.OrderPlaced;
import io.quartier.payment.application.Captures;
import io.quartier.payment.application.Holds;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * Follows orders: a placed order confirms its hold (so it is not released as abandoned), a delivered one is
 * charged, a rejected or cancelled one is charged nothing (its holds are voided). A redelivered event is skipped; a failure is rethrown so the broker redelivers and, in the end,
 * dead-letters the message.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Topics.ORDERING),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "clientID", propertyValue = "payment"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "payment-ordering"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType IN ('OrderPlaced', 'OrderDelivered', 'OrderRejected', 'OrderCancelled')")
})
public class OrderEventsConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(OrderEventsConsumer.class.getName());

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    @Inject
    Captures captures;

    @Inject
    Holds holds;

    @Override
    public void onMessage(Message message) {
        String eventId = EventMessages.eventId(message);
        try {
            if (!ProcessedEvents.firstDelivery(em, eventId)) {
                return;
            }
            switch (EventMessages.eventType(message)) {
                case "OrderPlaced" -> holds.confirmOrder(EventMessages.read(message, OrderPlaced.class).orderId());
                case "OrderDelivered" -> captures.captureDeliveredOrder(EventMessages.read(message, OrderDelivered.class));
                case "OrderRejected" -> holds.voidOrder(
                        OrderReferences.payment(EventMessages.read(message, OrderRejected.class).orderId()));
                case "OrderCancelled" -> holds.voidOrder(
                        OrderReferences.payment(EventMessages.read(message, OrderCancelled.class).orderId()));
                default -> throw new IllegalArgumentException("unexpected event " + EventMessages.eventType(message));
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> EventMessages.eventType(message) + " " + eventId + " failed and will be redelivered: " + e);
            throw e;
        }
    }
}
