package io.quartier.recommendation.application;

import io.quartier.recommendation.domain.model.preference.Chooser;
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
    public boolean wants(Chooser who, long id) {
        return choices.wants(who, id);
    }

    /** Records the choice and answers it. */
    @Transactional
    public boolean choose(Chooser who, long id, boolean enabled) {
        choices.choose(who, id, enabled);
        return enabled;
    }
}
