package io.quartier.promotion.application;

import io.quartier.promotion.domain.model.promotion.Promotion;
import io.quartier.promotion.domain.model.promotion.PromotionKind;
import io.quartier.promotion.domain.model.promotion.PromotionRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Promotions in a list, for tests of the use cases. */
class InMemoryPromotions implements PromotionRepository {

    final List<Promotion> all = new ArrayList<>();

    @Override
    public void add(Promotion promotion) {
        all.add(promotion);
    }

    @Override
    public Optional<Promotion> byId(long id) {
        return all.stream().filter(p -> p.getId() == id).findFirst();
    }

    @Override
    public Optional<Promotion> byIdForUpdate(long id) {
        return byId(id);
    }

    @Override
    public Optional<Promotion> coupon(String code) {
        return all.stream().filter(p -> code.equals(p.getCode())).findFirst();
    }

    @Override
    public List<Promotion> automaticFor(long merchantId) {
        return all.stream().filter(p -> p.getKind() != PromotionKind.COUPON)
                .filter(p -> p.getMerchantId() == null || p.getMerchantId() == merchantId).toList();
    }

    @Override
    public List<Promotion> ofMerchant(long merchantId) {
        return all.stream().filter(p -> p.getMerchantId() != null && p.getMerchantId() == merchantId).toList();
    }

    @Override
    public List<Promotion> all() {
        return List.copyOf(all);
    }
}
