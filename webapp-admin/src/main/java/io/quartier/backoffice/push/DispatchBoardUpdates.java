package io.quartier.backoffice.push;

import io.quartier.delivery.api.event.DeliveryTopic;
import io.quartier.ui.EventJson;
import io.quartier.ui.live.LivePush;
import io.quartier.ui.live.LiveTopics;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Every job event of delivery and every position of a courier on a job, pushed to the platform staff's dispatch
 * boards (topic {@link LiveTopics#STAFF}, admins and support only). Many couriers move at once: the board gathers
 * these pushes and re-reads at most once every few seconds ({@code <q:live coalesce>}). Non-durable, like
 * {@link MerchantOrderAlerts}.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = DeliveryTopic.NAME),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = "eventType IN ('DeliveryJobCreated', 'JobOffered', 'CourierAssigned', 'PickedUp', "
                        + "'Delivered', 'DeliveryFailed', 'JobFlagged', 'PositionUpdated')")
})
public class DispatchBoardUpdates implements MessageListener {

    @Override
    public void onMessage(Message message) {
        LivePush.relay(message, event -> LiveTopics.STAFF, event -> EventJson.id(event, "orderId"));
    }
}
