package io.quartier.recommendation.application;

import io.quartier.recommendation.domain.model.history.PurchaseHistory;
import io.quartier.recommendation.domain.model.preference.Chooser;
import io.quartier.recommendation.domain.model.preference.Choices;
import io.quartier.recommendation.domain.model.suggestion.Candidate;
import io.quartier.recommendation.domain.model.suggestion.Pair;
import io.quartier.recommendation.domain.model.suggestion.Reason;
import io.quartier.recommendation.domain.model.suggestion.Recommender;
import io.quartier.recommendation.domain.model.suggestion.Suggestion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Suggestions for one customer, made from its own orders and from counts over everyone's (never another customer's
 * orders as such), in the stores it is looking at. None when the platform ({@code recommendation.enabled}) or the
 * customer switched them off; none of a merchant that opted out.
 */
@ApplicationScoped
public class Recommendations {

    /** Popular products read for the top-up, beyond those the customer may already have ordered. */
    private static final int POPULAR_READ = 50;

    @Inject
    PurchaseHistory history;

    @Inject
    Choices choices;

    @Inject
    @ConfigProperty(name = "recommendation.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "recommendation.min-customers", defaultValue = "2")
    int minCustomers;

    /** From the store {@code store} when given, else from the stores {@code near}; none without either. */
    @Transactional
    public List<Suggestion> forCustomer(long customerId, Long store, Collection<Long> near, int limit) {
        Collection<Long> stores = store != null ? List.of(store) : near;
        if (!enabled || stores.isEmpty() || !choices.wants(Chooser.CUSTOMER, customerId)) {
            return List.of();
        }
        Set<Long> ordered = history.productsOf(customerId);
        List<Pair> pairs = ordered.isEmpty() ? List.of() : history.pairsFrom(ordered, stores);
        List<Candidate> popular = history.popular(stores, limit + Math.min(ordered.size(), POPULAR_READ));
        return new Recommender(minCustomers).suggest(ordered, pairs, popular, limit,
                store != null ? Reason.POPULAR_HERE : Reason.POPULAR_NEAR_YOU);
    }
}
