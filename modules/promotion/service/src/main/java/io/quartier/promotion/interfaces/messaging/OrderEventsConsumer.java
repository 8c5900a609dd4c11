package io.quartier.promotion.interfaces.messaging;

import io.quartier.kernel.event.EventConsumer;
import io.quartier.ordering.api.event.OrderCancelled;
import io.quartier.ordering.api.event.OrderDeliveryFailed;
import io.quartier.ordering.api.event.OrderPlaced;
import io.quartier.ordering.api.event.OrderRejected;
import io.quartier.ordering.api.event.OrderingTopic;
import io.quartier.promotion.application.Redemptions;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A placed order's uses of promotions are confirmed (PromotionRedeemed); a cancelled or rejected order's, or one whose
 * delivery failed (its customer is not charged), are given back. Idempotent by eventId (and by order); failures are rethrown for redelivery.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = OrderingTopic.NAME),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "clientID", propertyValue = "promotion"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "promotion-ordering"),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = "eventType IN ('OrderPlaced', 'OrderCancelled', 'OrderRejected', 'OrderDeliveryFailed')")
})
public class OrderEventsConsumer implements MessageListener {

    @PersistenceContext(unitName = "promotion")
    EntityManager em;

    @Inject
    Redemptions redemptions;

    private EventConsumer events;

    @PostConstruct
    void handlers() {
        events = new EventConsumer()
                .on(OrderPlaced.class, placed -> redemptions.confirm(placed.orderId()))
                .on(OrderCancelled.class, cancelled -> redemptions.release(cancelled.orderId()))
                .on(OrderRejected.class, rejected -> redemptions.release(rejected.orderId()))
                .on(OrderDeliveryFailed.class, failed -> redemptions.release(failed.orderId()));
    }

    @Override
    public void onMessage(Message message) {
        events.consume(em, message);
    }
}
