package io.quartier.payment.application;

import io.quartier.payment.domain.model.wallet.TopUp;
import io.quartier.payment.domain.model.wallet.TopUpRepository;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Top-ups in a map, numbered as the database would. */
class InMemoryTopUps implements TopUpRepository {

    final TreeMap<Long, TopUp> byId = new TreeMap<>();

    @Override
    public Optional<TopUp> byKey(long customerId, String idempotencyKey) {
        return byId.values().stream().filter(t -> t.getCustomerId() == customerId
                && idempotencyKey.equals(key(t))).findFirst();
    }

    @Override
    public Optional<TopUp> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<TopUp> byIdForUpdate(long id) {
        return byId(id);
    }

    @Override
    public List<TopUp> pendingBefore(Instant before, int limit) {
        return byId.values().stream().filter(t -> t.getStatus() == TopUp.Status.PENDING
                && t.getCreatedAt().isBefore(before)).limit(limit).toList();
    }

    @Override
    public void add(TopUp topUp) {
        long id = byId.size() + 1L;
        try {
            Field field = TopUp.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(topUp, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        byId.put(id, topUp);
    }

    private static String key(TopUp topUp) {
        try {
            Field field = TopUp.class.getDeclaredField("idempotencyKey");
            field.setAccessible(true);
            return (String) field.get(topUp);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
