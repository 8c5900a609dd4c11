package io.quartier.ordering.infrastructure.persistence;

import io.quartier.kernel.persistence.JpaRepository;
import io.quartier.ordering.domain.model.rating.Rating;
import io.quartier.ordering.domain.model.rating.RatingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Ratings in ordering's own schema, through JPA. */
@ApplicationScoped
public class JpaRatingRepository extends JpaRepository<Rating> implements RatingRepository {

    @Override
    public Optional<Rating> ofOrderForUpdate(long orderId) {
        return findForUpdate(Rating.class, orderId);
    }

    @Override
    public Optional<Rating> ofOrder(long orderId) {
        return find(Rating.class, orderId);
    }

    @Override
    public List<Rating> ofMerchant(long merchantId, int limit) {
        return em.createQuery("SELECT r FROM Rating r WHERE r.merchantId = :m ORDER BY r.updatedAt DESC", Rating.class)
                .setParameter("m", merchantId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<StoreScore> scores(List<Long> storeIds) {
        return em.createQuery("SELECT r.storeId, AVG(r.storeStars), COUNT(r) FROM Rating r WHERE r.storeId IN :ids"
                        + " GROUP BY r.storeId", Object[].class)
                .setParameter("ids", storeIds).getResultStream()
                .map(row -> new StoreScore((Long) row[0], ((Number) row[1]).doubleValue(), (Long) row[2]))
                .toList();
    }
}
