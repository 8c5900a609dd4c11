package io.quartier.payment.domain.model.authorization;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Payment's holds, kept in its own database (port; {@code JpaAuthorizationRepository} is the adapter). */
public interface AuthorizationRepository {

    Optional<Authorization> byIdempotencyKey(long customerId, String idempotencyKey);

    /** Holds still open for an order, newest first. */
    List<Authorization> openForOrder(String orderReference);

    /** Open holds never confirmed by their order, created before {@code before}; at most {@code limit}. */
    List<Authorization> unconfirmedBefore(Instant before, int limit);

    /**
     * Holds whose order was delivered (or, to be taken at acceptance, accepted) before {@code before} and that are not
     * captured (taken) yet; at most {@code limit}.
     */
    List<Authorization> dueForCaptureBefore(Instant before, int limit);

    /** Holds due for void since before {@code before} and not released yet; at most {@code limit}. */
    List<Authorization> dueForVoidBefore(Instant before, int limit);

    /** The parts taken out of a multi-store order's hold, one per delivered order. */
    List<Authorization> partsOf(long groupAuthorizationId);

    /** Attempts recorded before {@code before} whose gateway answer was never recorded; at most {@code limit}. */
    List<Authorization> attemptsBefore(Instant before, int limit);

    /** Attempts (AUTHORIZING) the gateway is asked about under {@code attemptReference}, oldest first. */
    List<Authorization> attemptsUnder(String attemptReference);

    Optional<Authorization> byId(long id);

    /** The authorization of a gateway's hold (the gateway answers the same attempt with the same hold). */
    Optional<Authorization> byGatewayReference(String gatewayReference);

    /** The hold, locked until the transaction ends: two captures or voids of one hold run one after the other. */
    Optional<Authorization> byIdForUpdate(long id);

    /** Inserts at once, so a concurrent request with the same idempotency key fails here and not at commit. */
    void add(Authorization authorization);

    /** Forgets an attempt the gateway declined (nothing is held), so its key may be tried again. */
    void remove(Authorization attempt);
}
