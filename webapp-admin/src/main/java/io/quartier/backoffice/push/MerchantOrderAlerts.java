package io.quartier.backoffice.push;

import io.quartier.ordering.api.event.OrderingTopic;
import io.quartier.ui.EventJson;
import io.quartier.ui.live.LivePush;
import io.quartier.ui.live.LiveTopics;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.JsonObject;

/**
 * Ordering's events, pushed to the merchant's open order queues. A non-durable subscription: each instance
 * gets every event for the sockets it holds, and nothing is kept while it is down (pages catch up when their
 * socket reconnects). Failures are rethrown, so the broker redelivers and then dead-letters.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = OrderingTopic.NAME),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = "eventType IN ('OrderPlaced', 'OrderReleased', 'OrderAccepted', 'OrderInPreparation', 'OrderReady', "
                        + "'OrderPickedUp', 'OrderDelivered', 'OrderCancelled', 'OrderRejected', 'OrderDeliveryFailed')")
})
public class MerchantOrderAlerts implements MessageListener {

    @Override
    public void onMessage(Message message) {
        LivePush.relay(message, MerchantOrderAlerts::topic, event -> EventJson.id(event, "orderId"));
    }

    /** The selling merchant's topic: every staff member of the merchant hears it. */
    static String topic(JsonObject event) {
        return LiveTopics.merchant(EventJson.id(event, "merchantId"));
    }
}
