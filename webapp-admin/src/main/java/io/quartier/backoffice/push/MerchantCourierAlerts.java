package io.quartier.backoffice.push;

import io.quartier.delivery.api.event.DeliveryTopic;
import io.quartier.ui.live.LivePush;
import io.quartier.ui.live.LiveTopics;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Delivery's courier events for one merchant's orders (a courier given the order, where it is now), pushed to that
 * merchant's own topic only; its order queue then asks delivery, which shows the merchant its own orders' couriers
 * alone. Events without a merchant (from before they carried one) are left out. Non-durable, like
 * {@link MerchantOrderAlerts}: a missed position is replaced by the next.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = DeliveryTopic.NAME),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = "eventType IN ('CourierAssigned', 'PositionUpdated')")
})
public class MerchantCourierAlerts implements MessageListener {

    @Override
    public void onMessage(Message message) {
        LivePush.relayToOrderOf(message, "merchantId", LiveTopics::merchant);
    }
}
