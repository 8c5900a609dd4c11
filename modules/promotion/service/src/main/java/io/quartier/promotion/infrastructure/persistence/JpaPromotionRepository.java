package io.quartier.promotion.infrastructure.persistence;

import io.quartier.kernel.persistence.JpaRepository;
import io.quartier.promotion.domain.model.promotion.Promotion;
import io.quartier.promotion.domain.model.promotion.PromotionKind;
import io.quartier.promotion.domain.model.promotion.PromotionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Promotions in promotion's own schema, through JPA. */
@ApplicationScoped
public class JpaPromotionRepository extends JpaRepository<Promotion> implements PromotionRepository {

    private static final int PAGE = 200;

    @Override
    public Optional<Promotion> byId(long id) {
        return find(Promotion.class, id);
    }

    @Override
    public Optional<Promotion> byIdForUpdate(long id) {
        return findForUpdate(Promotion.class, id);
    }

    @Override
    public Optional<Promotion> coupon(String code) {
        return em.createQuery("SELECT p FROM Promotion p WHERE p.code = :code", Promotion.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public List<Promotion> automaticFor(long merchantId) {
        return em.createQuery("SELECT p FROM Promotion p WHERE p.kind <> :coupon"
                        + " AND (p.merchantId IS NULL OR p.merchantId = :m) ORDER BY p.id", Promotion.class)
                .setParameter("coupon", PromotionKind.COUPON).setParameter("m", merchantId)
                .setMaxResults(PAGE).getResultList();
    }

    @Override
    public List<Promotion> ofMerchant(long merchantId) {
        return em.createQuery("SELECT p FROM Promotion p WHERE p.merchantId = :m ORDER BY p.id DESC", Promotion.class)
                .setParameter("m", merchantId).setMaxResults(PAGE).getResultList();
    }

    @Override
    public List<Promotion> all() {
        return em.createQuery("SELECT p FROM Promotion p ORDER BY p.id DESC", Promotion.class)
                .setMaxResults(PAGE).getResultList();
    }
}
