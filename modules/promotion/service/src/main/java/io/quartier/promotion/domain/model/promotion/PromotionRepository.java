package io.quartier.promotion.domain.model.promotion;

import java.util.List;
import java.util.Optional;

/** Promotions in promotion's own schema (port). */
public interface PromotionRepository {

    void add(Promotion promotion);

    Optional<Promotion> byId(long id);

    /** The promotion, its row locked until the transaction ends: uses of it are counted one after the other. */
    Optional<Promotion> byIdForUpdate(long id);

    /** The coupon with this code (any case). */
    Optional<Promotion> coupon(String code);

    /** The automatic discounts that could be for a store of this merchant (the merchant's and the platform's). */
    List<Promotion> automaticFor(long merchantId);

    List<Promotion> ofMerchant(long merchantId);

    List<Promotion> all();
}
