package io.quartier.catalog.infrastructure.messaging;

import io.quartier.catalog.api.event.CatalogTopic;
import io.quartier.catalog.application.CatalogEvents;
import io.quartier.kernel.event.TopicEvents;
import io.quartier.catalog.application.MenuCache;
import io.quartier.kernel.event.DomainEvent;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Publishes catalog's events on its topic through the kernel's publisher, inside the caller's transaction. An event
 * that changes a store's menu also makes this instance's {@link MenuCache} forget the store once the transaction has
 * committed, before the caller is answered, so a merchant reads what it just wrote; the other instances forget it
 * when the event reaches them ({@code MenuCacheInvalidation}).
 */
@ApplicationScoped
public class JmsCatalogEvents extends TopicEvents implements CatalogEvents {

    @Inject
    MenuCache menus;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public JmsCatalogEvents() {
        super(CatalogTopic.NAME);
    }

    @Override
    public void publish(DomainEvent event) {
        super.publish(event);
        MenuCache.storeChangedBy(event).ifPresent(store -> transactions.registerInterposedSynchronization(
                new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        if (status == Status.STATUS_COMMITTED) {
                            menus.forget(store);
                        }
                    }
                }));
    }
}
