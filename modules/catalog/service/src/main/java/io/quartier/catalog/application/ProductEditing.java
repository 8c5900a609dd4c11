package io.quartier.catalog.application;

import io.quartier.catalog.api.ProductChange;
import io.quartier.catalog.api.ProductView;
import io.quartier.catalog.api.event.PriceChanged;
import io.quartier.catalog.api.event.StockChanged;
import io.quartier.catalog.domain.model.product.Product;
import io.quartier.catalog.domain.model.product.ProductRepository;
import io.quartier.kernel.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * A merchant's edits to price and stock. Everything is checked before anything changes, and the events go
 * out in the same transaction, so the shop hears of exactly what was saved.
 */
@ApplicationScoped
public class ProductEditing {

    @Inject
    ProductRepository products;

    @Inject
    CatalogEvents events;

    Clock clock = Clock.systemUTC();

    /** Applies a change to one of the merchant's products; another merchant's product is "not found". */
    @Transactional
    public ProductView change(long merchantId, long productId, ProductChange change, String lang) {
        Product product = products.byId(productId)
                .filter(p -> !p.isArchived() && p.getStore().getMerchant().getId() == merchantId)
                .orElseThrow(() -> ProblemException.notFound("product", productId));
        validate(change);
        products.lock(product, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        boolean wasOrderable = product.isOrderableAt(now);
        Integer quantityBefore = product.getStockQuantity();
        if (change.priceMinor() != null && change.priceMinor() != product.getPriceMinor()) {
            product.changePrice(change.priceMinor());
            events.publish(new PriceChanged(product.getId(), product.getStore().getId(), merchantId,
                    product.getPriceMinor(), product.getStore().getCurrency()));
        }
        if (Boolean.TRUE.equals(change.available())) {
            product.makeAvailable();
        } else if (Boolean.FALSE.equals(change.available())) {
            product.makeUnavailable(change.unavailableUntil());
        }
        if (change.stockQuantity() != null) {
            product.countStock(change.stockQuantity());
        }
        if (wasOrderable != product.isOrderableAt(now) || change.available() != null
                || !Objects.equals(quantityBefore, product.getStockQuantity())) {
            events.publish(new StockChanged(product.getId(), product.getStore().getId(), merchantId,
                    product.isOrderableAt(now), product.getStockQuantity()));
        }
        return CatalogQueries.view(product, CatalogQueries.language(lang));
    }

    private void validate(ProductChange change) {
        if (change == null) {
            throw ProblemException.invalid("problem.catalog.emptyChange", "nothing to change");
        }
        if (change.priceMinor() != null && change.priceMinor() < 0) {
            throw ProblemException.invalid("problem.catalog.negativePrice", "a price cannot be negative")
                    .withError("priceMinor", "problem.catalog.negativePrice");
        }
        if (change.stockQuantity() != null && change.stockQuantity() < 0) {
            throw ProblemException.invalid("problem.catalog.negativeStock", "stock cannot be negative")
                    .withError("stockQuantity", "problem.catalog.negativeStock");
        }
        if (change.unavailableUntil() != null) {
            if (!Boolean.FALSE.equals(change.available())) {
                throw ProblemException.invalid("problem.catalog.untilWithoutUnavailable",
                        "unavailableUntil goes with available=false");
            }
            if (!change.unavailableUntil().isAfter(clock.instant())) {
                throw ProblemException.invalid("problem.catalog.untilInThePast", "unavailableUntil must be in the future")
                        .withError("unavailableUntil", "problem.catalog.untilInThePast");
            }
        }
    }
}
