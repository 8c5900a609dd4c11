package io.quartier.recommendation.application;

import io.quartier.recommendation.domain.model.preference.Choices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A customer switches its suggestions on or off; a merchant opts its stores in or out. */
@ApplicationScoped
public class Preferences {

    @Inject
    Choices choices;

    @Transactional
    public boolean customerWants(long customerId) {
        return choices.customerWants(customerId);
    }

    @Transactional
    public boolean customerChooses(long customerId, boolean enabled) {
        choices.customerChooses(customerId, enabled);
        return enabled;
    }

    @Transactional
    public boolean merchantWants(long merchantId) {
        return choices.merchantWants(merchantId);
    }

    @Transactional
    public boolean merchantChooses(long merchantId, boolean enabled) {
        choices.merchantChooses(merchantId, enabled);
        return enabled;
    }
}
