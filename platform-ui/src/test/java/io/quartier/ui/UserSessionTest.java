package io.quartier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quartier.identity.api.TokenView;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserSessionTest {

    static final Instant LOGIN = Instant.parse("2026-11-28T12:00:00Z");

    final List<String> presented = new ArrayList<>();
    final List<String> ended = new ArrayList<>();
    boolean refuse;
    int issued;

    final UserSession session = new UserSession();

    UserSessionTest() {
        session.renewal = new TokenRenewal() {
            @Override
            public Optional<TokenView> renew(String refreshToken) {
                presented.add(refreshToken);
                return refuse ? Optional.empty() : Optional.of(tokens(session.clock.instant()));
            }

            @Override
            public void end(String refreshToken) {
                ended.add(refreshToken);
            }
        };
        at(LOGIN);
        session.signIn(tokens(LOGIN));
    }

    @Test
    void keepsTheAccessTokenWhileItIsFarFromExpiring() {
        at(LOGIN.plusSeconds(13 * 60));
        assertEquals("Bearer access-1", session.bearer());
        assertEquals(List.of(), presented);
    }

    @Test
    void renewsOnceShortlyBeforeExpiryAndUsesTheNewTokens() {
        at(LOGIN.plusSeconds(14 * 60 + 5));
        assertEquals("Bearer access-2", session.bearer());
        assertEquals("Bearer access-2", session.bearer());
        assertEquals(List.of("refresh-1"), presented);

        at(LOGIN.plusSeconds(29 * 60 + 30));
        assertEquals("Bearer access-3", session.bearer());
        assertEquals(List.of("refresh-1", "refresh-2"), presented);
    }

    @Test
    void aRefusedRenewalLeavesTheOldTokenAndIsNotRetried() {
        refuse = true;
        at(LOGIN.plusSeconds(15 * 60));
        assertEquals("Bearer access-1", session.bearer());
        assertEquals("Bearer access-1", session.bearer());
        assertEquals(List.of("refresh-1"), presented);
    }

    @Test
    void signingOutEndsTheLoginAtIdentity() {
        at(LOGIN.plusSeconds(14 * 60 + 5));
        session.bearer();
        session.signOut();
        assertEquals(List.of("refresh-2"), ended);
        assertFalse(session.isSignedIn());
    }

    private void at(Instant now) {
        session.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    private TokenView tokens(Instant now) {
        issued++;
        return new TokenView("access-" + issued, now.plusSeconds(15 * 60), "refresh-" + issued, LOGIN.plusSeconds(12 * 3600),
                7, "amina", "Amina", Set.of("CUSTOMER"), null, "fr");
    }
}
