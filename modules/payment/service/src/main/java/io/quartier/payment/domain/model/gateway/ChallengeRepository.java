package io.quartier.payment.domain.model.gateway;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The sandbox gateway's 3-D Secure challenges (port). */
public interface ChallengeRepository {

    /**
     * Keeps a new challenge, committed at once whatever becomes of the caller's transaction: the authorization that
     * asks for it is refused and rolls back, and the challenge must outlive it.
     */
    void issue(Challenge challenge);

    /** The challenge, its row locked until the transaction ends. */
    Optional<Challenge> byIdForUpdate(String id);

    /** The challenge as it is now, unlocked: for showing it. */
    Optional<Challenge> byId(String id);

    /** Removes the challenges that expired before {@code cutoff}, answered or not; answers how many. */
    int removeExpiredBefore(Instant cutoff);

    /** The challenges asked for this token and reference, newest first, their rows locked. */
    List<Challenge> ofAttemptForUpdate(String gatewayToken, String orderReference);
}
