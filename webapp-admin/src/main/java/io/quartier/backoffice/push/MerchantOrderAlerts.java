package io.quartier.backoffice.push;

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
 * Ordering's events, to refresh open merchant order queues. A non-durable subscription: each instance gets
 * every event for the pages it serves, and nothing is kept while it is down. Failures are rethrown, so the
 * broker redelivers and then dead-letters.
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
public class MerchantOrderAlerts implements MessageListener {

    @Inject
    Event<MerchantOrderChanged> changes;

    @Override
    public void onMessage(Message message) {
        changes.fire(read(EventMessages.eventType(message), EventJson.body(message)));
    }

    static MerchantOrderChanged read(String eventType, JsonObject event) {
        return new MerchantOrderChanged(EventJson.id(event, "merchantId"), EventJson.id(event, "orderId"), eventType);
    }
}
