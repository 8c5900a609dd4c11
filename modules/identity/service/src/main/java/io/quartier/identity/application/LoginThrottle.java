package io.quartier.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing down, per account and per address. After {@code identity.login.account-failures} (5)
 * failures in a row an account is locked for a minute, twice as long after each further failure, at most
 * {@code identity.login.max-lock} (15 minutes); an address with {@code identity.login.address-failures} (20) failures
 * within the lock window is blocked as long. A lock expires by itself, and a successful login clears the account's
 * count. Kept in this instance's memory: each identity instance counts the attempts it sees.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    @ConfigProperty(name = "identity.login.account-failures", defaultValue = "5")
    int accountFailures;

    @Inject
    @ConfigProperty(name = "identity.login.address-failures", defaultValue = "20")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "identity.login.max-lock", defaultValue = "PT15M")
    Duration maxLock;

    Clock clock = Clock.systemUTC();

    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    /** How long the attempt must wait, if it must. */
    public Optional<Duration> wait(String username, String address) {
        Instant now = clock.instant();
        Duration account = remaining(accounts.get(key(username)), now);
        Duration byAddress = address == null ? Duration.ZERO : remaining(addresses.get(address), now);
        Duration longest = account.compareTo(byAddress) >= 0 ? account : byAddress;
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        accounts.compute(key(username), (k, f) -> next(f, now, accountFailures));
        if (address != null) {
            addresses.compute(address, (k, f) -> next(f, now, addressFailures));
        }
        if (accounts.size() > 100_000) {
            accounts.values().removeIf(f -> f.isStale(now, maxLock));
            addresses.values().removeIf(f -> f.isStale(now, maxLock));
        }
    }

    public void succeeded(String username) {
        accounts.remove(key(username));
    }

    private Failures next(Failures earlier, Instant now, int allowed) {
        Failures f = earlier == null || earlier.isStale(now, maxLock) ? new Failures(0, now, now) : earlier;
        int count = f.count() + 1;
        Instant lockedUntil = now;
        if (count >= allowed) {
            long factor = 1L << Math.min(count - allowed, 10);
            Duration lock = Duration.ofMinutes(1).multipliedBy(factor);
            lockedUntil = now.plus(lock.compareTo(maxLock) > 0 ? maxLock : lock);
        }
        return new Failures(count, now, lockedUntil);
    }

    private static Duration remaining(Failures f, Instant now) {
        return f == null || !f.lockedUntil().isAfter(now) ? Duration.ZERO : Duration.between(now, f.lockedUntil());
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {

        boolean isStale(Instant now, Duration window) {
            return lockedUntil.isBefore(now) && last.plus(window).isBefore(now);
        }
    }
}
