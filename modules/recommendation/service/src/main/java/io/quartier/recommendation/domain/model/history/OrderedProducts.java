package io.quartier.recommendation.domain.model.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The co-occurrences an order adds, counted by customer: each product the customer orders for the first time pairs
 * once with each product it had ordered before and with each other new one, both ways. A product ordered again adds
 * nothing, so a customer's habit counts once, like anyone else's.
 */
public final class OrderedProducts {

    private OrderedProducts() {
    }

    /** The pairs (a, b) whose count of customers grows by one; each unordered pair appears in both directions. */
    public static List<long[]> pairsAdded(Set<Long> before, Set<Long> added) {
        List<long[]> pairs = new ArrayList<>();
        for (long fresh : added) {
            for (long old : before) {
                pairs.add(new long[] {fresh, old});
                pairs.add(new long[] {old, fresh});
            }
            for (long other : added) {
                if (other != fresh) {
                    pairs.add(new long[] {fresh, other});
                }
            }
        }
        return pairs;
    }
}
