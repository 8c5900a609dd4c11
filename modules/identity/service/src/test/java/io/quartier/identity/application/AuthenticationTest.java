package io.quartier.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.identity.api.Credentials;
import io.quartier.identity.api.TokenView;
import io.quartier.identity.domain.model.account.Account;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.kernel.security.Roles;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthenticationTest {

    private final Fakes.Accounts accounts = new Fakes.Accounts();
    private final Authentication authentication = new Authentication();
    private final TokenView started = new TokenView("jwt", Instant.EPOCH, "refresh", Instant.EPOCH, 1, "alice", "Alice",
            Set.of(Roles.CUSTOMER), null, "en");

    AuthenticationTest() {
        authentication.accounts = accounts;
        authentication.passwords = Fakes.passwords();
        LoginThrottle throttle = new LoginThrottle();
        throttle.accountFailures = 5;
        throttle.addressFailures = 20;
        throttle.maxLock = Duration.ofMinutes(15);
        authentication.throttle = throttle;
        authentication.sessions = new Sessions() {
            @Override
            public TokenView start(Account account) {
                return started;
            }
        };
        authentication.prepare();
    }

    @Test
    void anAccountWhoseAddressIsNotConfirmedCannotLogIn() {
        Account alice = Account.unverified("alice", "hashed:correct horse", "Alice", "alice@example.org",
                Roles.CUSTOMER, "en", null);
        accounts.add(alice);

        ProblemException refused = assertThrows(ProblemException.class,
                () -> authentication.issueToken(new Credentials("alice", "correct horse"), "198.51.100.1"));
        assertEquals(403, refused.status());
        assertEquals("problem.accountNotVerified", refused.code());

        assertEquals("problem.badCredentials", assertThrows(ProblemException.class,
                () -> authentication.issueToken(new Credentials("alice", "wrong"), null)).code(),
                "the state is told only to whoever knows the password");

        alice.verify();
        assertSame(started, authentication.issueToken(new Credentials("alice", "correct horse"), null));
    }
}
