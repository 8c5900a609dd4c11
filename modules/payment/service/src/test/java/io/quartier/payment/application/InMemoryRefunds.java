package io.quartier.payment.application;

import io.quartier.payment.domain.model.refund.Refund;
import io.quartier.payment.domain.model.refund.RefundRepository;
import io.quartier.payment.domain.model.refund.RefundStatus;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Refunds in a list, numbered as the database would. */
class InMemoryRefunds implements RefundRepository {

    final List<Refund> all = new ArrayList<>();

    @Override
    public void add(Refund refund) {
        try {
            Field id = Refund.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(refund, all.size() + 1L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        all.add(refund);
    }

    @Override
    public Optional<Refund> byId(long id) {
        return all.stream().filter(r -> r.getId() == id).findFirst();
    }

    @Override
    public Optional<Refund> byIdForUpdate(long id) {
        return byId(id);
    }

    @Override
    public Optional<Refund> byKey(String orderReference, String idempotencyKey) {
        return all.stream().filter(r -> r.getOrderReference().equals(orderReference)
                && r.getIdempotencyKey().equals(idempotencyKey)).findFirst();
    }

    @Override
    public List<Refund> ofOrder(String orderReference) {
        return all.stream().filter(r -> r.getOrderReference().equals(orderReference))
                .sorted(Comparator.comparing(Refund::getId).reversed()).toList();
    }

    @Override
    public List<Refund> latest(int limit) {
        return all.stream().sorted(Comparator.comparing(Refund::getId).reversed()).limit(limit).toList();
    }

    @Override
    public List<Refund> pendingBefore(Instant before, int limit) {
        return all.stream().filter(r -> r.getStatus() == RefundStatus.PENDING && r.getCreatedAt().isBefore(before))
                .limit(limit).toList();
    }
}
