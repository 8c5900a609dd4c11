package io.quartier.recommendation.application;

import io.quartier.identity.api.event.AccountDeleted;
import io.quartier.ordering.api.event.OrderPlaced;
import io.quartier.recommendation.domain.model.history.OrderedProducts;
import io.quartier.recommendation.domain.model.history.PurchaseHistory;
import io.quartier.recommendation.domain.model.preference.Choices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Learns from placed orders what each customer ordered and which products the same customers order; forgets a
 * customer whose account is deleted. With {@code recommendation.enabled=false} orders are not learnt (the platform
 * switched the module off); a deleted account is forgotten in any case.
 */
@ApplicationScoped
public class OrderHistory {

    @Inject
    PurchaseHistory history;

    @Inject
    Choices choices;

    @Inject
    @ConfigProperty(name = "recommendation.enabled", defaultValue = "true")
    boolean enabled;

    @Transactional
    public void learn(OrderPlaced order, Instant at) {
        if (!enabled || order.lines() == null || order.lines().isEmpty()) {
            return;
        }
        history.lock(order.customerId());
        Set<Long> before = history.productsOf(order.customerId());
        Map<Long, PurchaseHistory.Line> lines = new LinkedHashMap<>();
        for (OrderPlaced.Line line : order.lines()) {
            lines.putIfAbsent(line.productId(), new PurchaseHistory.Line(line.productId(), line.name()));
        }
        Set<Long> firstTime = new LinkedHashSet<>(lines.keySet());
        firstTime.removeAll(before);
        history.record(order.customerId(), order.orderId(), order.merchantId(), order.storeId(),
                List.copyOf(lines.values()), firstTime, OrderedProducts.pairsAdded(before, firstTime), at);
    }

    @Transactional
    public void forget(AccountDeleted account) {
        history.forget(account.accountId());
        choices.forgetCustomer(account.accountId());
    }
}
