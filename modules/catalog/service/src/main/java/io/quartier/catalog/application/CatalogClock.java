package io.quartier.catalog.application;

import io.quartier.catalog.api.event.StockChanged;
import io.quartier.catalog.api.event.StoreStatusChanged;
import io.quartier.catalog.domain.model.hours.OpeningSchedule;
import io.quartier.catalog.domain.model.product.Product;
import io.quartier.catalog.domain.model.product.ProductRepository;
import io.quartier.catalog.domain.model.store.Store;
import io.quartier.catalog.domain.model.store.StoreRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What time alone changes in the catalog, announced like a merchant's change: a store that opens or closes by
 * its hours, a pause or closure that ends, an "86" that runs out. Run every minute, so an announcement is at
 * most a minute late; each change is announced once (the store keeps the status last announced).
 */
@ApplicationScoped
public class CatalogClock {

    @Inject
    StoreRepository stores;

    @Inject
    ProductRepository products;

    @Inject
    CatalogEvents events;

    Clock clock = Clock.systemUTC();

    /** Announces every store whose status moved since it was last announced; returns how many. */
    @Transactional
    public int announceStoreStatus() {
        Instant now = clock.instant();
        int announced = 0;
        for (Store store : stores.all()) {
            OpeningSchedule schedule = store.openingSchedule();
            String status = schedule.statusAt(now).name();
            if (store.announce(status)) {
                events.publish(new StoreStatusChanged(store.getId(), store.getMerchant().getId(), status,
                        schedule.isOpen(now) ? null : schedule.nextOpening(now).orElse(null)));
                announced++;
            }
        }
        return announced;
    }

    /** Ends the "86"s whose time has come: the product is back on the shelf and the shop hears it. */
    @Transactional
    public int endExpiredUnavailability() {
        Instant now = clock.instant();
        List<Product> expired = products.unavailableUntilAtMost(now);
        for (Product product : expired) {
            product.makeAvailable();
            events.publish(new StockChanged(product.getId(), product.getStore().getId(),
                    product.getStore().getMerchant().getId(), product.isOrderableAt(now), product.getStockQuantity()));
        }
        return expired.size();
    }
}
