package io.quartier.payment.domain.model.wallet;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Wallet top-ups (port; {@code JpaTopUpRepository} is the adapter). */
public interface TopUpRepository {

    Optional<TopUp> byKey(long customerId, String idempotencyKey);

    Optional<TopUp> byId(long id);

    Optional<TopUp> byIdForUpdate(long id);

    /** Top-ups the gateway has not answered for since {@code before}: asked again. */
    List<TopUp> pendingBefore(Instant before, int limit);

    void add(TopUp topUp);
}
