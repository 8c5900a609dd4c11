package io.quartier.payment.infrastructure.gateway;

import io.quartier.payment.domain.model.gateway.Challenge;
import io.quartier.payment.domain.model.gateway.ChallengeRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The sandbox's challenges in memory, for unit tests. */
class InMemoryChallenges implements ChallengeRepository {

    final List<Challenge> all = new ArrayList<>();

    @Override
    public void issue(Challenge challenge) {
        all.add(challenge);
    }

    @Override
    public Optional<Challenge> byIdForUpdate(String id) {
        return all.stream().filter(c -> c.getId().equals(id)).findFirst();
    }

    @Override
    public Optional<Challenge> byId(String id) {
        return byIdForUpdate(id);
    }

    @Override
    public int removeExpiredBefore(Instant cutoff) {
        int before = all.size();
        all.removeIf(c -> c.isExpired(cutoff));
        return before - all.size();
    }

    @Override
    public List<Challenge> ofAttemptForUpdate(String gatewayToken, String orderReference) {
        return all.stream().sorted(Comparator.comparing(all::indexOf).reversed()).toList();
    }
}
