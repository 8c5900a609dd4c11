package io.quartier.recommendation.domain.model.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecommenderTest {

    private static final Candidate BOURGUIGNON = new Candidate(101, 1, "Boeuf bourguignon", 20);
    private static final Candidate CREME_BRULEE = new Candidate(105, 1, "Crème brûlée", 8);
    private static final Candidate TATIN = new Candidate(106, 1, "Tarte Tatin", 30);
    private static final Candidate COMTE = new Candidate(301, 3, "Comté", 10);

    private final Recommender recommender = new Recommender(2);

    @Test
    void suggestsWhatCustomersOfTheSameProductOrderedAndSaysBecauseOfWhich() {
        List<Suggestion> suggestions = recommender.suggest(Set.of(101L),
                List.of(new Pair(101, "Boeuf bourguignon", 20, CREME_BRULEE, 6)), List.of(), 10,
                Reason.POPULAR_NEAR_YOU);

        assertEquals(List.of(new Suggestion(105, 1, "Crème brûlée", Reason.BECAUSE_YOU_ORDERED, "Boeuf bourguignon")),
                suggestions);
    }

    @Test
    void aProductEverybodyOrdersDoesNotOutrankOneOrderedByTheSameFewCustomers() {
        // 6 of Tatin's 30 customers against 5 of the crème brûlée's 8: the crème brûlée is the closer one.
        List<Suggestion> suggestions = recommender.suggest(Set.of(101L), List.of(
                new Pair(101, "Boeuf bourguignon", 20, TATIN, 6),
                new Pair(101, "Boeuf bourguignon", 20, CREME_BRULEE, 5)), List.of(), 10, Reason.POPULAR_NEAR_YOU);

        assertEquals(List.of(105L, 106L), suggestions.stream().map(Suggestion::productId).toList());
    }

    @Test
    void theReasonIsTheCustomersProductThatContributedMost() {
        List<Suggestion> suggestions = recommender.suggest(Set.of(101L, 301L), List.of(
                new Pair(101, "Boeuf bourguignon", 20, CREME_BRULEE, 2),
                new Pair(301, "Comté", 10, CREME_BRULEE, 7)), List.of(), 10, Reason.POPULAR_NEAR_YOU);

        assertEquals("Comté", suggestions.get(0).because());
    }

    @Test
    void nothingOrderedByFewerThanTheMinimumOfCustomersIsSuggested() {
        List<Suggestion> suggestions = recommender.suggest(Set.of(101L),
                List.of(new Pair(101, "Boeuf bourguignon", 20, CREME_BRULEE, 1)),
                List.of(new Candidate(999, 1, "Ordered by one customer", 1)), 10, Reason.POPULAR_HERE);

        assertTrue(suggestions.isEmpty(), "one other customer's order must not show: " + suggestions);
    }

    @Test
    void aNewCustomerGetsWhatIsPopularNearItMostOrderedFirst() {
        List<Suggestion> suggestions = recommender.suggest(Set.of(), List.of(),
                List.of(COMTE, TATIN, BOURGUIGNON), 2, Reason.POPULAR_NEAR_YOU);

        assertEquals(List.of(new Suggestion(106, 1, "Tarte Tatin", Reason.POPULAR_NEAR_YOU, null),
                new Suggestion(101, 1, "Boeuf bourguignon", Reason.POPULAR_NEAR_YOU, null)), suggestions);
    }

    @Test
    void neverSuggestsWhatTheCustomerOrderedNorTheSameProductTwice() {
        List<Suggestion> suggestions = recommender.suggest(Set.of(101L), List.of(
                        new Pair(101, "Boeuf bourguignon", 20, CREME_BRULEE, 5)),
                List.of(BOURGUIGNON, CREME_BRULEE, TATIN), 10, Reason.POPULAR_HERE);

        assertEquals(List.of(105L, 106L), suggestions.stream().map(Suggestion::productId).toList());
        assertEquals(Reason.POPULAR_HERE, suggestions.get(1).reason());
    }
}
