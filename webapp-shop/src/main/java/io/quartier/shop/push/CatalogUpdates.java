package io.quartier.shop.push;

import io.quartier.catalog.api.event.CatalogTopic;
import io.quartier.ui.EventJson;
import io.quartier.ui.live.LivePush;
import io.quartier.ui.live.LiveTopics;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.JsonObject;

/**
 * Catalog's events, pushed to everyone looking at the store (its shelf, a basket from it): prices, stock and
 * the store's status. The id sent is the product's, or the store's for a status change. Non-durable, like
 * {@link OrderUpdates}.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = CatalogTopic.NAME),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = "eventType IN ('PriceChanged', 'StockChanged', 'StoreStatusChanged', 'ProductChanged')")
})
public class CatalogUpdates implements MessageListener {

    @Override
    public void onMessage(Message message) {
        LivePush.relay(message, CatalogUpdates::topic, CatalogUpdates::subject);
    }

    static String topic(JsonObject event) {
        return LiveTopics.store(EventJson.id(event, "storeId"));
    }

    /** The product the event is about, or the store for a status change. */
    static long subject(JsonObject event) {
        return event.containsKey("productId") ? EventJson.id(event, "productId") : EventJson.id(event, "storeId");
    }
}
