package io.quartier.catalog.interfaces.messaging;

import io.quartier.catalog.api.event.CatalogTopic;
import io.quartier.catalog.api.event.PriceChanged;
import io.quartier.catalog.api.event.ProductChanged;
import io.quartier.catalog.api.event.StockChanged;
import io.quartier.catalog.api.event.StoreChanged;
import io.quartier.catalog.api.event.StoreStatusChanged;
import io.quartier.catalog.application.MenuCache;
import io.quartier.kernel.event.DomainEvent;
import io.quartier.kernel.event.EventConsumer;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * The catalog's own events, heard by every instance: each forgets what its {@link MenuCache} keeps of the store the
 * event is about. Non-durable and one session, so that every instance gets every event (a durable shared
 * subscription would give each event to one instance only) and nothing piles up for an instance that is gone.
 * Forgetting twice does no harm, so there is no inbox by eventId; a failure is rethrown like any consumer's.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = CatalogTopic.NAME),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType IN ('PriceChanged',"
                + " 'StockChanged', 'ProductChanged', 'StoreStatusChanged', 'StoreChanged')")
})
public class MenuCacheInvalidation implements MessageListener {

    @Inject
    MenuCache menus;

    private EventConsumer events;

    @PostConstruct
    void handlers() {
        events = new EventConsumer()
                .on(PriceChanged.class, this::forget)
                .on(StockChanged.class, this::forget)
                .on(ProductChanged.class, this::forget)
                .on(StoreStatusChanged.class, this::forget)
                .on(StoreChanged.class, this::forget);
    }

    private void forget(DomainEvent changed) {
        MenuCache.storeChangedBy(changed).ifPresent(menus::forget);
    }

    @Override
    public void onMessage(Message message) {
        events.consume(eventId -> true, message);
    }
}
