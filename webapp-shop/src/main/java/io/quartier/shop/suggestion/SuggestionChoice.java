package io.quartier.shop.suggestion;

import io.quartier.kernel.security.Roles;
import io.quartier.recommendation.api.RecommendationTexts;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;

/**
 * The profile page's choice about suggestions: shown only when the recommendation module answers, so a platform
 * without it shows no switch for it.
 */
@Named
@ViewScoped
public class SuggestionChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Suggestions suggestions;

    @Inject
    UserSession session;

    @Inject
    LocaleSelection localeSelection;

    private boolean known;
    private boolean enabled;
    private boolean saved;

    @PostConstruct
    void load() {
        if (session.isSignedIn() && session.getRoles().contains(Roles.CUSTOMER)) {
            Optional<Boolean> wanted = suggestions.wanted(session.bearer());
            known = wanted.isPresent();
            enabled = wanted.orElse(false);
        }
    }

    public void save() {
        Optional<Boolean> kept = suggestions.choose(session.bearer(), enabled);
        saved = kept.isPresent();
        known = kept.isPresent();
        enabled = kept.orElse(enabled);
    }

    public boolean isKnown() {
        return known;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isSaved() {
        return saved;
    }

    public String getHeading() {
        return text(RecommendationTexts.PROFILE_HEADING);
    }

    public String getLabel() {
        return text(RecommendationTexts.PROFILE_ENABLED);
    }

    public String getSaveLabel() {
        return text(RecommendationTexts.PROFILE_SAVE);
    }

    public String getSavedText() {
        return text(RecommendationTexts.PROFILE_SAVED);
    }

    private String text(String key) {
        return ModuleTexts.text(localeSelection.getLocale(), key);
    }
}
