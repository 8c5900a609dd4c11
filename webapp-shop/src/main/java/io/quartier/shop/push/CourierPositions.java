package io.quartier.shop.push;

import io.quartier.delivery.api.event.DeliveryTopic;
import io.quartier.ui.live.LivePush;
import io.quartier.ui.live.LiveTopics;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Delivery's PositionUpdated, pushed to the order's customer only (their own topic); the page then asks delivery,
 * which shows the courier to that customer alone. Non-durable, like {@link OrderUpdates}: a missed position is
 * replaced by the next.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = DeliveryTopic.NAME),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType = 'PositionUpdated'")
})
public class CourierPositions implements MessageListener {

    @Override
    public void onMessage(Message message) {
        LivePush.relayToOrderOf(message, "customerId", LiveTopics::customer);
    }
}
