package io.quartier.payment.domain.model.refund;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Refunds, in payment's own schema (port; {@code JpaRefundRepository} is the adapter). */
public interface RefundRepository {

    /** Inserts at once, so that a duplicate key fails here rather than at commit. */
    void add(Refund refund);

    Optional<Refund> byId(long id);

    /** The refund, locked until the transaction ends: its completion and failure run one after the other. */
    Optional<Refund> byIdForUpdate(long id);

    Optional<Refund> byKey(String orderReference, String idempotencyKey);

    /** The order's refunds, newest first. */
    List<Refund> ofOrder(String orderReference);

    /** The latest refunds of all orders, newest first; at most {@code limit}. */
    List<Refund> latest(int limit);

    /** Refunds still waiting for the gateway, created before {@code before}; at most {@code limit}. */
    List<Refund> pendingBefore(Instant before, int limit);
}
