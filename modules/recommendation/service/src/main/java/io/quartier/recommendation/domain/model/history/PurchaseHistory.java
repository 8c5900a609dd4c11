package io.quartier.recommendation.domain.model.history;

import io.quartier.recommendation.domain.model.suggestion.Candidate;
import io.quartier.recommendation.domain.model.suggestion.Pair;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The module's memory of orders, in its own schema (port; {@code JpaPurchaseHistory} is the adapter). */
public interface PurchaseHistory {

    /** Holds the customer's history until the transaction ends, so that two of its orders are learnt one by one. */
    void lock(long customerId);

    /** The products the customer ordered. */
    Set<Long> productsOf(long customerId);

    /** Remembers that the customer ordered these lines of a store (names as ordered) and the pairs they add. */
    void record(long customerId, long orderId, long merchantId, long storeId, List<Line> lines, Set<Long> firstTime,
                List<long[]> pairsAdded, Instant at);

    /** Co-occurrences from the given products to products of the given stores, of merchants not opted out. */
    List<Pair> pairsFrom(Collection<Long> ordered, Collection<Long> stores);

    /** The stores' products of merchants not opted out, most ordered first. */
    List<Candidate> popular(Collection<Long> stores, int limit);

    /** Forgets which products the customer ordered (its account is gone); the anonymous counts stay. */
    void forget(long customerId);

    /** One product of an order. */
    record Line(long productId, String name) {
    }
}
