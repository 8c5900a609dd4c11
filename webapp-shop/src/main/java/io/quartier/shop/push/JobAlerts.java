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

/** Delivery's job events, to refresh the couriers' job lists. Non-durable, like {@link OrderUpdates}. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Topics.DELIVERY),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = "eventType IN ('JobOffered', 'PickedUp', 'Delivered')")
})
public class JobAlerts implements MessageListener {

    @Inject
    Event<JobsChanged> changes;

    @Override
    public void onMessage(Message message) {
        changes.fire(new JobsChanged(EventJson.id(EventJson.body(message), "orderId"), EventMessages.eventType(message)));
    }
}
