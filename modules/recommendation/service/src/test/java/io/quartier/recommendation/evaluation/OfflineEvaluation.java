package io.quartier.recommendation.evaluation;

import io.quartier.recommendation.domain.model.suggestion.Candidate;
import io.quartier.recommendation.domain.model.suggestion.Pair;
import io.quartier.recommendation.domain.model.suggestion.Reason;
import io.quartier.recommendation.domain.model.suggestion.Recommender;
import io.quartier.recommendation.domain.model.suggestion.Suggestion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Offline evaluation of the suggestions on the seeded order history (the demo migration's lines): each customer's
 * last order is held out, the model learns from every other order, and the held-out order's products the customer
 * had not ordered before are what a good list of ten finds. Prints precision@10 and recall@10 (and @3) of the
 * co-occurrence suggestions next to the "popular near you" baseline, both with the module's rules (nothing already
 * ordered, nothing fewer than two customers ordered). Run with the README's command
 * ({@code ./mvnw -q -pl modules/recommendation/service -am -Pevaluate verify -DskipTests}).
 */
public final class OfflineEvaluation {

    static final String SEED = "db/demo/recommendation/V1_1__demo_history.sql";
    /** The demo stores that deliver to the same city: Chez Marcel and the Fromagerie (Paris), Camden, Dar Tajine. */
    static final Map<Long, Set<Long>> NEAR = Map.of(1L, Set.of(1L, 3L), 3L, Set.of(1L, 3L), 2L, Set.of(2L),
            4L, Set.of(4L));
    static final int MIN_CUSTOMERS = 2;

    private static final Pattern LINE = Pattern.compile("\\((\\d+), (-?\\d+), (\\d+), (\\d+), (\\d+), "
            + "'((?:[^']|'')*)', TIMESTAMP '[^']+' \\+ INTERVAL '(\\d+) days'\\)");

    private OfflineEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        List<SeedOrder> orders = seed();
        Split split = Split.lastOrderHeldOut(orders);
        Model model = new Model(split.training());
        Recommender recommender = new Recommender(MIN_CUSTOMERS);
        Scores cooccurrence = new Scores();
        Scores popular = new Scores();
        int suggestable = 0;
        for (SeedOrder heldOut : split.heldOut()) {
            Set<Long> ordered = model.productsOf(heldOut.customer());
            Set<Long> relevant = new HashSet<>(heldOut.products().keySet());
            relevant.removeAll(ordered);
            if (relevant.isEmpty()) {
                continue;
            }
            Set<Long> stores = NEAR.get(heldOut.store());
            List<Candidate> candidates = model.popular(stores);
            suggestable += (int) candidates.stream().filter(c -> !ordered.contains(c.productId())).count();
            cooccurrence.add(recommender.suggest(ordered, model.pairsFrom(ordered, stores), candidates, 10,
                    Reason.POPULAR_NEAR_YOU), relevant);
            popular.add(recommender.suggest(ordered, List.of(), candidates, 10, Reason.POPULAR_NEAR_YOU), relevant);
        }
        System.out.printf("%nOffline evaluation on the seeded orders: %d orders, %d customers; each customer's last"
                        + " order held out (%d evaluated, those with a product new to the customer)%n", orders.size(),
                split.customers(), cooccurrence.evaluated);
        System.out.printf("  item-to-item co-occurrence   precision@10 %.3f   recall@10 %.3f   precision@3 %.3f   recall@3 %.3f%n",
                cooccurrence.precision(10), cooccurrence.recall(10), cooccurrence.precision(3), cooccurrence.recall(3));
        System.out.printf("  popular near you (baseline)  precision@10 %.3f   recall@10 %.3f   precision@3 %.3f   recall@3 %.3f%n",
                popular.precision(10), popular.recall(10), popular.precision(3), popular.recall(3));
        System.out.printf("  (on average %.1f products near a customer were new to it: a list of ten holds nearly all of"
                + " them, so @10 cannot tell the two apart on this catalogue; @3 can)%n",
                suggestable / (double) Math.max(1, cooccurrence.evaluated));
    }

    /** The seeded order lines, grouped into orders. */
    static List<SeedOrder> seed() throws IOException {
        String sql;
        try (InputStream in = OfflineEvaluation.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException(SEED + " is not on the class path");
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<Long, SeedOrder> orders = new LinkedHashMap<>();
        Matcher m = LINE.matcher(sql);
        while (m.find()) {
            long id = Long.parseLong(m.group(1));
            SeedOrder order = orders.computeIfAbsent(id, k -> new SeedOrder(id, Long.parseLong(m.group(2)),
                    Long.parseLong(m.group(3)), Integer.parseInt(m.group(7)), new LinkedHashMap<>()));
            order.products().put(Long.parseLong(m.group(5)), m.group(6).replace("''", "'"));
        }
        if (orders.isEmpty()) {
            throw new IllegalStateException("no order line found in " + SEED);
        }
        return List.copyOf(orders.values());
    }

    /** One seeded order: its customer, store, day and products (id to name). */
    record SeedOrder(long id, long customer, long store, int day, Map<Long, String> products) {
    }

    /** The orders learnt from, and each customer's last one (for customers with more than one). */
    record Split(List<SeedOrder> training, List<SeedOrder> heldOut, int customers) {

        static Split lastOrderHeldOut(List<SeedOrder> orders) {
            Map<Long, List<SeedOrder>> byCustomer = orders.stream().collect(Collectors.groupingBy(SeedOrder::customer));
            List<SeedOrder> training = new ArrayList<>();
            List<SeedOrder> heldOut = new ArrayList<>();
            for (List<SeedOrder> own : byCustomer.values()) {
                List<SeedOrder> sorted = own.stream()
                        .sorted(Comparator.comparingInt(SeedOrder::day).thenComparingLong(SeedOrder::id)).toList();
                if (sorted.size() < 2) {
                    training.addAll(sorted);
                } else {
                    training.addAll(sorted.subList(0, sorted.size() - 1));
                    heldOut.add(sorted.get(sorted.size() - 1));
                }
            }
            return new Split(training, heldOut, byCustomer.size());
        }
    }

    /** What the module's tables would hold after learning these orders, counted the same way (by customer). */
    static final class Model {

        private final Map<Long, Set<Long>> productsByCustomer = new HashMap<>();
        private final Map<Long, Candidate> products = new HashMap<>();
        private final Map<Long, Map<Long, Integer>> together = new HashMap<>();

        Model(List<SeedOrder> orders) {
            Map<Long, Long> storeOf = new HashMap<>();
            Map<Long, String> nameOf = new HashMap<>();
            for (SeedOrder order : orders) {
                productsByCustomer.computeIfAbsent(order.customer(), c -> new HashSet<>()).addAll(order.products().keySet());
                order.products().forEach((id, name) -> {
                    storeOf.put(id, order.store());
                    nameOf.put(id, name);
                });
            }
            Map<Long, Integer> customers = new HashMap<>();
            for (Set<Long> own : productsByCustomer.values()) {
                for (long a : own) {
                    customers.merge(a, 1, Integer::sum);
                    for (long b : own) {
                        if (a != b) {
                            together.computeIfAbsent(a, k -> new HashMap<>()).merge(b, 1, Integer::sum);
                        }
                    }
                }
            }
            customers.forEach((id, count) -> products.put(id, new Candidate(id, storeOf.get(id), nameOf.get(id), count)));
        }

        Set<Long> productsOf(long customer) {
            return productsByCustomer.getOrDefault(customer, Set.of());
        }

        List<Pair> pairsFrom(Set<Long> ordered, Set<Long> stores) {
            List<Pair> pairs = new ArrayList<>();
            for (long a : ordered) {
                Candidate from = products.get(a);
                together.getOrDefault(a, Map.of()).forEach((b, count) -> {
                    Candidate other = products.get(b);
                    if (stores.contains(other.storeId())) {
                        pairs.add(new Pair(a, from.name(), from.customers(), other, count));
                    }
                });
            }
            return pairs;
        }

        List<Candidate> popular(Set<Long> stores) {
            return products.values().stream().filter(c -> stores.contains(c.storeId()))
                    .sorted(Comparator.comparingInt(Candidate::customers).reversed()).toList();
        }
    }

    /** Precision and recall at k, averaged over the held-out orders. */
    static final class Scores {

        private final List<List<Long>> lists = new ArrayList<>();
        private final List<Set<Long>> relevants = new ArrayList<>();
        private int evaluated;

        void add(List<Suggestion> suggested, Set<Long> relevant) {
            lists.add(suggested.stream().map(Suggestion::productId).toList());
            relevants.add(relevant);
            evaluated++;
        }

        double precision(int k) {
            return average(k, true);
        }

        double recall(int k) {
            return average(k, false);
        }

        private double average(int k, boolean precision) {
            double sum = 0;
            for (int i = 0; i < lists.size(); i++) {
                Set<Long> relevant = relevants.get(i);
                long hits = lists.get(i).stream().limit(k).filter(relevant::contains).count();
                sum += precision ? hits / (double) k : hits / (double) relevant.size();
            }
            return lists.isEmpty() ? 0 : sum / lists.size();
        }
    }
}
