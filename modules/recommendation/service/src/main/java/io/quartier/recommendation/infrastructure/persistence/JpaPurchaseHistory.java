package io.quartier.recommendation.infrastructure.persistence;

import io.quartier.recommendation.domain.model.history.PurchaseHistory;
import io.quartier.recommendation.domain.model.suggestion.Candidate;
import io.quartier.recommendation.domain.model.suggestion.Pair;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The history in recommendation's own schema, in PostgreSQL's SQL: counts grow with upserts, so two orders of
 * different customers naming the same products both count. Id lists are written into the statement as numbers
 * (they are {@code long}s, never text), since JPA binds no list to a native {@code IN}.
 */
@ApplicationScoped
public class JpaPurchaseHistory implements PurchaseHistory {

    /** The first key of this module's advisory locks, so they never meet another module's. */
    private static final int LOCK_SPACE = 0x7265636f;

    private static final String MERCHANT_WANTS = " AND NOT EXISTS (SELECT 1 FROM merchant_choice m"
            + " WHERE m.merchant_id = p.merchant_id AND NOT m.enabled)";

    @PersistenceContext(unitName = "recommendation")
    EntityManager em;

    @Override
    public void lock(long customerId) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, LOCK_SPACE).setParameter(2, (int) (customerId ^ (customerId >>> 32)))
                .getSingleResult();
    }

    @Override
    public Set<Long> productsOf(long customerId) {
        List<?> ids = em.createNativeQuery("SELECT product_id FROM purchase WHERE customer_id = ?1")
                .setParameter(1, customerId).getResultList();
        Set<Long> products = new LinkedHashSet<>();
        ids.forEach(id -> products.add(((Number) id).longValue()));
        return products;
    }

    @Override
    public void record(long customerId, long orderId, long merchantId, long storeId, List<Line> lines,
                       Set<Long> firstTime, List<long[]> pairsAdded, Instant at) {
        for (Line line : lines) {
            int newCustomer = firstTime.contains(line.productId()) ? 1 : 0;
            em.createNativeQuery("INSERT INTO product (id, store_id, merchant_id, name, customers)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name,"
                            + " customers = product.customers + EXCLUDED.customers")
                    .setParameter(1, line.productId()).setParameter(2, storeId).setParameter(3, merchantId)
                    .setParameter(4, name(line)).setParameter(5, newCustomer)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO purchase (customer_id, product_id, last_order, times, first_at)"
                            + " VALUES (?1, ?2, ?3, 1, ?4) ON CONFLICT (customer_id, product_id) DO UPDATE SET"
                            + " last_order = EXCLUDED.last_order, times = purchase.times + 1")
                    .setParameter(1, customerId).setParameter(2, line.productId()).setParameter(3, orderId)
                    .setParameter(4, Timestamp.from(at))
                    .executeUpdate();
        }
        for (long[] pair : pairsAdded) {
            em.createNativeQuery("INSERT INTO co_occurrence (product_id, other_id, customers) VALUES (?1, ?2, 1)"
                            + " ON CONFLICT (product_id, other_id) DO UPDATE SET customers = co_occurrence.customers + 1")
                    .setParameter(1, pair[0]).setParameter(2, pair[1])
                    .executeUpdate();
        }
    }

    @Override
    public List<Pair> pairsFrom(Collection<Long> ordered, Collection<Long> stores) {
        List<?> rows = em.createNativeQuery("SELECT c.product_id, o.name, o.customers, p.id, p.store_id, p.name,"
                        + " p.customers, c.customers FROM co_occurrence c JOIN product o ON o.id = c.product_id"
                        + " JOIN product p ON p.id = c.other_id WHERE c.product_id IN (" + numbers(ordered) + ")"
                        + " AND p.store_id IN (" + numbers(stores) + ")" + MERCHANT_WANTS)
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new Pair(number(r[0]), (String) r[1], (int) number(r[2]),
                        new Candidate(number(r[3]), number(r[4]), (String) r[5], (int) number(r[6])), (int) number(r[7])))
                .toList();
    }

    @Override
    public List<Candidate> popular(Collection<Long> stores, int limit) {
        List<?> rows = em.createNativeQuery("SELECT p.id, p.store_id, p.name, p.customers FROM product p"
                        + " WHERE p.store_id IN (" + numbers(stores) + ")" + MERCHANT_WANTS
                        + " ORDER BY p.customers DESC, p.id")
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new Candidate(number(r[0]), number(r[1]), (String) r[2], (int) number(r[3])))
                .toList();
    }

    @Override
    public void forget(long customerId) {
        em.createNativeQuery("DELETE FROM purchase WHERE customer_id = ?1").setParameter(1, customerId).executeUpdate();
    }

    private static String name(Line line) {
        String name = line.name() == null || line.name().isBlank() ? "#" + line.productId() : line.name();
        return name.length() > 300 ? name.substring(0, 300) : name;
    }

    private static String numbers(Collection<Long> ids) {
        return ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(","));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
