package io.quartier.payment.infrastructure.messaging;

import io.quartier.kernel.event.EventMessages;
import io.quartier.kernel.event.Topics;
import io.quartier.kernel.persistence.ProcessedEvents;
import io.quartier.ordering.api.event.OrderDelivered;
import io.quartier.payment.application.Captures;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * Captures an order's payment when ordering reports it delivered. A redelivered event is skipped; a
 * failure is rethrown so the broker redelivers and, in the end, dead-letters the message.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Topics.ORDERING),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "clientID", propertyValue = "payment"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "payment-ordering"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType = 'OrderDelivered'")
})
public class OrderDeliveredConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(OrderDeliveredConsumer.class.getName());

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    @Inject
    Captures captures;

    @Override
    public void onMessage(Message message) {
        String eventId = EventMessages.eventId(message);
        try {
            if (!ProcessedEvents.firstDelivery(em, eventId)) {
                return;
            }
            captures.captureDeliveredOrder(EventMessages.read(message, OrderDelivered.class).orderId());
        } catch (RuntimeException e) {
            LOG.warning(() -> "OrderDelivered " + eventId + " failed and will be redelivered: " + e);
            throw e;
        }
    }
}
