package io.quartier.shop.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.recommendation.api.Preference;
import io.quartier.recommendation.api.RecommendationApi;
import io.quartier.recommendation.api.RecommendationView;
import jakarta.ws.rs.ProcessingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final RecommendationView CREME_BRULEE = new RecommendationView(105, 1, "Crème brûlée",
            "recommendation.reason.becauseYouOrdered", "Boeuf bourguignon");

    private final Module module = new Module();
    private final MovableClock clock = new MovableClock();
    private final Suggestions suggestions = new Suggestions(Optional.of(module), Duration.ofSeconds(5), clock);

    @Test
    void passesTheModulesAnswerOn() {
        module.answer = List.of(CREME_BRULEE);

        assertEquals(List.of(CREME_BRULEE), suggestions.near("Bearer t", List.of(1L, 3L)));
        assertEquals("1,3", module.lastNear);
    }

    @Test
    void aModuleThatFailsOrTimesOutIsAnEmptyAnswerAndIsLeftAloneForAWhile() {
        module.failure = new ProcessingException("Read timed out");

        assertEquals(List.of(), suggestions.inStore("Bearer t", 1));
        module.failure = null;
        module.answer = List.of(CREME_BRULEE);
        assertEquals(List.of(), suggestions.inStore("Bearer t", 1));
        assertEquals(1, module.calls, "not asked again during the quiet spell");

        clock.now = clock.now.plusSeconds(6);
        assertEquals(List.of(CREME_BRULEE), suggestions.inStore("Bearer t", 1));
    }

    @Test
    void withoutTheModuleNothingIsAsked() {
        Suggestions absent = new Suggestions(Optional.empty(), Duration.ofSeconds(5), clock);

        assertEquals(List.of(), absent.near("Bearer t", List.of(1L)));
        assertEquals(Optional.empty(), absent.choose("Bearer t", false));
    }

    @Test
    void noStoresNearMeansNoQuestion() {
        assertEquals(List.of(), suggestions.near("Bearer t", List.of()));
        assertEquals(0, module.calls);
    }

    /** The module, answering or failing as the test says. */
    private static final class Module implements RecommendationApi {

        List<RecommendationView> answer = List.of();
        RuntimeException failure;
        String lastNear;
        int calls;

        @Override
        public List<RecommendationView> recommendations(String bearer, Long store, String near, Integer limit) {
            calls++;
            lastNear = near;
            if (failure != null) {
                throw failure;
            }
            return answer;
        }

        @Override
        public Preference preference(String bearer) {
            throw new AssertionError("unexpected");
        }

        @Override
        public Preference choose(String bearer, Preference preference) {
            throw new AssertionError("unexpected");
        }

        @Override
        public Preference merchantPreference(String bearer) {
            throw new AssertionError("unexpected");
        }

        @Override
        public Preference chooseForMerchant(String bearer, Preference preference) {
            throw new AssertionError("unexpected");
        }
    }

    private static final class MovableClock extends Clock {

        Instant now = Instant.parse("2026-11-28T12:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new AssertionError("unexpected");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
