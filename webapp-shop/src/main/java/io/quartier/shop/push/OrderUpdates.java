package io.quartier.shop.push;

import io.quartier.kernel.event.EventMessages;
import io.quartier.kernel.event.Topics;
import io.quartier.ui.EventJson;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.JsonObject;

/**
 * Ordering's events, to move the status on open order pages. A non-durable subscription: each instance of
 * the shop gets every event for the pages it serves, and nothing is kept while it is down. Failures are
 * rethrown, so the broker redelivers and then dead-letters.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Topics.ORDERING),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = "eventType IN ('OrderPlaced', 'OrderAccepted', 'OrderPickedUp', 'OrderDelivered', "
                        + "'OrderCancelled')")
})
public class OrderUpdates implements MessageListener {

    @Inject
    Event<OrderChanged> changes;

    @Override
    public void onMessage(Message message) {
        changes.fire(read(EventMessages.eventType(message), EventJson.body(message)));
    }

    static OrderChanged read(String eventType, JsonObject event) {
        return new OrderChanged(EventJson.id(event, "customerId"), EventJson.id(event, "orderId"), eventType);
    }
}
