package io.quartier.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-28T12:00:00Z");
    private final LoginThrottle throttle = throttle();

    @Test
    void anAccountIsLockedAfterFiveFailuresForAMinuteThenLonger() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Alice", "198.51.100.1");
        }
        assertEquals(Optional.empty(), throttle.wait("alice", "198.51.100.1"), "four failures: still open");
        throttle.failed("alice", "198.51.100.2");
        assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.wait("ALICE", "203.0.113.9"),
                "locked for the account, from any address");
        throttle.failed("alice", "198.51.100.2");
        assertEquals(Optional.of(Duration.ofMinutes(2)), throttle.wait("alice", null), "twice as long");
        assertEquals(Optional.empty(), throttle.wait("ben", "203.0.113.9"), "other accounts are not touched");
    }

    @Test
    void aLockExpiresByItselfAndASuccessClearsTheCount() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("alice", null);
        }
        now = now.plusSeconds(61);
        assertEquals(Optional.empty(), throttle.wait("alice", null));
        throttle.succeeded("alice");
        throttle.failed("alice", null);
        assertEquals(Optional.empty(), throttle.wait("alice", null), "counting starts again after a success");
    }

    @Test
    void theLockNeverExceedsItsMaximum() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("alice", null);
        }
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.wait("alice", null));
    }

    @Test
    void anAddressGuessingManyAccountsIsBlocked() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "203.0.113.7");
        }
        assertTrue(throttle.wait("someone-else", "203.0.113.7").isPresent());
        assertEquals(Optional.empty(), throttle.wait("someone-else", "203.0.113.8"));
    }

    private LoginThrottle throttle() {
        LoginThrottle t = new LoginThrottle();
        t.accountFailures = 5;
        t.addressFailures = 20;
        t.maxLock = Duration.ofMinutes(15);
        t.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return t;
    }
}
