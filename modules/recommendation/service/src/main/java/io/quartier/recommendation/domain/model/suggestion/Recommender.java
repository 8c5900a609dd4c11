package io.quartier.recommendation.domain.model.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks products for one customer. A product ordered together with the customer's products scores the sum, over
 * those products, of their cosine similarity (customers who ordered both, over the square root of the product of
 * each one's customers), so that a product everybody orders does not win every list; its reason names the product
 * of the customer's that contributed most. The list is topped up with the most popular products of the stores in
 * view. Nothing the customer ordered already is suggested, and nothing fewer than {@code minCustomers} customers
 * ordered (together), so that a suggestion never tells one customer what another ordered.
 */
public final class Recommender {

    private final int minCustomers;

    public Recommender(int minCustomers) {
        this.minCustomers = Math.max(1, minCustomers);
    }

    /**
     * @param ordered  the products the customer ordered
     * @param pairs    co-occurrences from the customer's products to products of the stores in view
     * @param popular  the stores' products, most ordered first
     * @param popularReason why a popular product is there (near you, or in this store)
     */
    public List<Suggestion> suggest(Set<Long> ordered, List<Pair> pairs, List<Candidate> popular, int limit,
                                    Reason popularReason) {
        Map<Long, Scored> scores = new HashMap<>();
        for (Pair pair : pairs) {
            if (pair.together() < minCustomers || ordered.contains(pair.other().productId())) {
                continue;
            }
            double similarity = pair.together()
                    / Math.sqrt((double) Math.max(1, pair.orderedCustomers()) * Math.max(1, pair.other().customers()));
            scores.computeIfAbsent(pair.other().productId(), id -> new Scored(pair.other())).add(similarity, pair);
        }
        List<Suggestion> chosen = new ArrayList<>();
        Set<Long> taken = new LinkedHashSet<>();
        scores.values().stream()
                .sorted(Comparator.comparingDouble(Scored::total).reversed()
                        .thenComparingLong(s -> s.candidate.productId()))
                .limit(limit)
                .forEach(s -> {
                    chosen.add(new Suggestion(s.candidate.productId(), s.candidate.storeId(), s.candidate.name(),
                            Reason.BECAUSE_YOU_ORDERED, s.bestReasonName));
                    taken.add(s.candidate.productId());
                });
        popular.stream()
                .filter(c -> c.customers() >= minCustomers && !ordered.contains(c.productId())
                        && !taken.contains(c.productId()))
                .sorted(Comparator.comparingInt(Candidate::customers).reversed().thenComparingLong(Candidate::productId))
                .limit(Math.max(0, limit - chosen.size()))
                .forEach(c -> chosen.add(new Suggestion(c.productId(), c.storeId(), c.name(), popularReason, null)));
        return chosen;
    }

    /** A candidate's score so far and the customer's product that contributed most to it. */
    private static final class Scored {

        private final Candidate candidate;
        private double total;
        private double best;
        private String bestReasonName;
        private long bestReasonId = Long.MAX_VALUE;

        Scored(Candidate candidate) {
            this.candidate = candidate;
        }

        void add(double similarity, Pair pair) {
            total += similarity;
            if (similarity > best || (similarity == best && pair.ordered() < bestReasonId)) {
                best = similarity;
                bestReasonName = pair.orderedName();
                bestReasonId = pair.ordered();
            }
        }

        double total() {
            return total;
        }
    }
}
