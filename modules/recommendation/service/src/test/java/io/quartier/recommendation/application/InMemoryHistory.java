package io.quartier.recommendation.application;

import io.quartier.recommendation.domain.model.history.PurchaseHistory;
import io.quartier.recommendation.domain.model.preference.Chooser;
import io.quartier.recommendation.domain.model.preference.Choices;
import io.quartier.recommendation.domain.model.suggestion.Candidate;
import io.quartier.recommendation.domain.model.suggestion.Pair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The module's history and choices in memory, for the use cases' tests. */
final class InMemoryHistory implements PurchaseHistory, Choices {

    final Map<Long, Set<Long>> ordered = new HashMap<>();
    final List<long[]> pairs = new ArrayList<>();
    final Map<Long, Candidate> products = new HashMap<>();
    final Map<Chooser, Map<Long, Boolean>> chosen =
            Map.of(Chooser.CUSTOMER, new HashMap<>(), Chooser.MERCHANT, new HashMap<>());
    final Set<Long> locked = new HashSet<>();

    @Override
    public void lock(long customerId) {
        locked.add(customerId);
    }

    @Override
    public Set<Long> productsOf(long customerId) {
        return new LinkedHashSet<>(ordered.getOrDefault(customerId, Set.of()));
    }

    @Override
    public void record(long customerId, long orderId, long merchantId, long storeId, List<Line> lines,
                       Set<Long> firstTime, List<long[]> pairsAdded, Instant at) {
        lines.forEach(l -> ordered.computeIfAbsent(customerId, c -> new LinkedHashSet<>()).add(l.productId()));
        lines.forEach(l -> products.merge(l.productId(), new Candidate(l.productId(), storeId, l.name(),
                        firstTime.contains(l.productId()) ? 1 : 0),
                (old, now) -> new Candidate(old.productId(), storeId, l.name(), old.customers() + now.customers())));
        pairs.addAll(pairsAdded);
    }

    @Override
    public List<Pair> pairsFrom(Collection<Long> from, Collection<Long> stores) {
        Map<String, Integer> counts = new HashMap<>();
        pairs.forEach(p -> counts.merge(p[0] + ">" + p[1], 1, Integer::sum));
        List<Pair> found = new ArrayList<>();
        counts.forEach((key, count) -> {
            long a = Long.parseLong(key.substring(0, key.indexOf('>')));
            Candidate other = products.get(Long.parseLong(key.substring(key.indexOf('>') + 1)));
            if (from.contains(a) && stores.contains(other.storeId())) {
                Candidate source = products.get(a);
                found.add(new Pair(a, source.name(), source.customers(), other, count));
            }
        });
        return found;
    }

    @Override
    public List<Candidate> popular(Collection<Long> stores, int limit) {
        return products.values().stream().filter(c -> stores.contains(c.storeId())).limit(limit).toList();
    }

    @Override
    public void forget(long customerId) {
        ordered.remove(customerId);
    }

    @Override
    public boolean wants(Chooser who, long id) {
        return chosen.get(who).getOrDefault(id, true);
    }

    @Override
    public void choose(Chooser who, long id, boolean enabled) {
        chosen.get(who).put(id, enabled);
    }

    @Override
    public void forgetCustomer(long customerId) {
        chosen.get(Chooser.CUSTOMER).remove(customerId);
    }
}
