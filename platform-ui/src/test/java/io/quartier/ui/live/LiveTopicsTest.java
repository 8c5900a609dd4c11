package io.quartier.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LiveTopicsTest {

    @Test
    void personalTopicsFollowTheRoles() {
        assertEquals(Set.of("customer:7"), LiveTopics.personal(Set.of("CUSTOMER"), 7L, null));
        assertEquals(Set.of("merchant:3"), LiveTopics.personal(Set.of("MERCHANT"), 12L, 3L));
        assertEquals(Set.of("couriers"), LiveTopics.personal(Set.of("COURIER"), 20L, null));
        assertEquals(Set.of("staff"), LiveTopics.personal(Set.of("ADMIN"), 30L, null));
        assertEquals(Set.of("staff"), LiveTopics.personal(Set.of("SUPPORT"), 31L, null));
        assertEquals(Set.of(), LiveTopics.personal(Set.of("PARTNER"), 32L, null));
    }

    @Test
    void aPageMayAddPublicTopicsButNeverSomeoneElsesPersonalOnes() {
        Set<String> topics = LiveTopics.of(Set.of("customer:7"), "store:1, store:2 customer:8 merchant:1 couriers staff store:x");

        assertEquals(Set.of("customer:7", "store:1", "store:2"), topics);
    }

    @Test
    void tokensAreStablePerSessionAndTopicsAndDifferBetweenSessions() {
        String first = LiveChannels.token("session-a", Set.of("customer:7"));

        assertEquals(first, LiveChannels.token("session-a", Set.of("customer:7")));
        assertNotEquals(first, LiveChannels.token("session-b", Set.of("customer:7")));
        LiveChannels.endSession("session-a");
        assertNotEquals(first, LiveChannels.token("session-a", Set.of("customer:7")));
    }
}
