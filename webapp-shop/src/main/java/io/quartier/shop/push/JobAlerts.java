package io.quartier.shop.push;

import io.quartier.delivery.api.event.DeliveryTopic;
import io.quartier.ui.EventJson;
import io.quartier.ui.live.LivePush;
import io.quartier.ui.live.LiveTopics;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Delivery's job events, pushed to every open courier page. Non-durable, like {@link OrderUpdates}. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = DeliveryTopic.NAME),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = "eventType IN ('JobOffered', 'CourierAssigned', 'PickedUp', 'Delivered', 'DeliveryFailed')")
})
public class JobAlerts implements MessageListener {

    @Override
    public void onMessage(Message message) {
        LivePush.relay(message, event -> LiveTopics.COURIERS, event -> EventJson.id(event, "orderId"));
    }
}
