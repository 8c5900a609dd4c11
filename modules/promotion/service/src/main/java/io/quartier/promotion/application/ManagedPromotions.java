package io.quartier.promotion.application;

import io.quartier.kernel.domain.DomainException;
import io.quartier.promotion.domain.model.promotion.Funder;
import io.quartier.promotion.domain.model.promotion.Promotion;
import io.quartier.promotion.domain.model.promotion.PromotionRepository;
import io.quartier.promotion.domain.model.promotion.Terms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * The promotions merchants and platform staff create, pause and follow. A merchant's are for its own stores and
 * funded by it; another merchant's promotion is answered as not found.
 */
@ApplicationScoped
public class ManagedPromotions {

    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    PromotionRepository promotions;

    @Inject
    ManagedPromotions self;

    Clock clock = Clock.systemUTC();

    public List<Promotion> ofMerchant(long merchantId) {
        return newestFirst(promotions.ofMerchant(merchantId));
    }

    public List<Promotion> all() {
        return newestFirst(promotions.all());
    }

    /**
     * A merchant's own promotion, funded by itself, whatever the terms say.
     *
     * @throws DomainException conflict {@code problem.promotion.codeTaken} for a code another coupon has
     */
    public Promotion createForMerchant(long merchantId, Terms terms) {
        return create(new Terms(terms.kind(), merchantId, Funder.MERCHANT, terms.code(), terms.percent(),
                terms.amountMinor(), terms.currency(), terms.minimumBasketMinor(), terms.firstOrderOnly(),
                terms.perCustomerLimit(), terms.totalLimit(), terms.validFrom(), terms.validUntil(), terms.storeIds(),
                terms.shelfId(), terms.productId(), terms.happyFrom(), terms.happyUntil()));
    }

    /** A promotion on exactly these terms (platform staff). */
    public Promotion create(Terms terms) {
        Promotion promotion = Promotion.create(terms, clock.instant());
        if (promotion.getCode() != null && promotions.coupon(promotion.getCode()).isPresent()) {
            throw codeTaken(promotion.getCode());
        }
        try {
            self.insert(promotion);
        } catch (RuntimeException e) {
            // a concurrent coupon took the code between the check and the insert
            if (isUniqueViolation(e) && promotion.getCode() != null
                    && promotions.coupon(promotion.getCode()).isPresent()) {
                throw codeTaken(promotion.getCode());
            }
            throw e;
        }
        return promotion;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(Promotion promotion) {
        promotions.add(promotion);
    }

    /** Pauses or resumes one of the merchant's promotions (null merchant: platform staff, any promotion). */
    @Transactional
    public Promotion pause(Long merchantId, long promotionId, boolean paused) {
        Promotion promotion = promotions.byIdForUpdate(promotionId)
                .filter(p -> merchantId == null || merchantId.equals(p.getMerchantId()))
                .orElseThrow(() -> DomainException.notFound("promotion", promotionId));
        promotion.pause(paused);
        return promotion;
    }

    private static List<Promotion> newestFirst(List<Promotion> list) {
        return list.stream().sorted(Comparator.comparing(Promotion::getId).reversed()).toList();
    }

    private static DomainException codeTaken(String code) {
        return DomainException.conflict("problem.promotion.codeTaken", "another coupon has the code " + code)
                .withError("field", "code");
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
