package io.quartier.payment.application;

import io.quartier.payment.domain.model.gateway.ChallengeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets the sandbox's 3-D Secure challenges some time after they expired: past its minutes a challenge can be
 * neither answered nor used, so keeping it only grows the table; the day kept after expiry leaves support time to look
 * at one a customer asks about.
 */
@ApplicationScoped
public class ExpiredChallenges {

    @Inject
    ChallengeRepository challenges;

    @Inject
    @ConfigProperty(name = "payment.sandbox.challenges-kept-after-expiry", defaultValue = "P1D")
    Duration keptAfterExpiry;

    Clock clock = Clock.systemUTC();

    /** Removes the challenges that expired longer ago than they are kept; answers how many. */
    public int forget() {
        return challenges.removeExpiredBefore(clock.instant().minus(keptAfterExpiry));
    }
}
