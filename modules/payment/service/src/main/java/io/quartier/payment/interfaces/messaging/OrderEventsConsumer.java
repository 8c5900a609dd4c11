package io.quartier.payment.interfaces.messaging;

import io.quartier.kernel.event.EventConsumer;
import io.quartier.ordering.api.OrderReferences;
import io.quartier.ordering.api.event.OrderAccepted;
import io.quartier.ordering.api.event.OrderCancelled;
import io.quartier.ordering.api.event.OrderDelivered;
import io.quartier.ordering.api.event.OrderDeliveryFailed;
import io.quartier.ordering.api.event.OrderGroupSettled;
import io.quartier.ordering.api.event.OrderPlaced;
import io.quartier.ordering.api.event.OrderRejected;
import io.quartier.ordering.api.event.OrderingTopic;
import io.quartier.payment.application.Captures;
import io.quartier.payment.application.Holds;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Follows orders: a placed order confirms its hold (so it is not released as abandoned), an accepted one is charged
 * when {@code payment.capture.at=ACCEPTANCE} (see {@link Captures#orderAccepted}), a delivered one is charged (see
 * {@link Captures}), a rejected or cancelled one, or one its courier could not deliver, is charged nothing (its holds
 * are voided); a settled multi-store order is charged what its delivered orders charged, once. The gateway is never
 * asked in the consumer's transaction: it only makes holds due for capture or void, and a timer asks the gateway once
 * that commits. A redelivered event is skipped; a failure is rethrown so the broker redelivers and, in the end,
 * dead-letters the message.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = OrderingTopic.NAME),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "clientID", propertyValue = "payment"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "payment-ordering"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType IN ('OrderPlaced', 'OrderAccepted', 'OrderDelivered', 'OrderRejected', 'OrderCancelled', 'OrderGroupSettled', 'OrderDeliveryFailed')")
})
public class OrderEventsConsumer implements MessageListener {

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    @Inject
    Captures captures;

    @Inject
    Holds holds;

    private EventConsumer events;

    @PostConstruct
    void handlers() {
        events = new EventConsumer()
                .on(OrderPlaced.class, placed -> holds.confirmPlaced(placed.orderId(), placed.paymentAuthorizationId()))
                .on(OrderAccepted.class, captures::orderAccepted)
                .on(OrderDelivered.class, captures::orderDelivered)
                .on(OrderGroupSettled.class, captures::groupSettled)
                .on(OrderRejected.class, rejected -> holds.dueForVoid(OrderReferences.payment(rejected.orderId())))
                .on(OrderCancelled.class, cancelled -> holds.dueForVoid(OrderReferences.payment(cancelled.orderId())))
                .on(OrderDeliveryFailed.class, failed -> holds.dueForVoid(OrderReferences.payment(failed.orderId())));
    }

    @Override
    public void onMessage(Message message) {
        events.consume(em, message);
    }
}
