package io.quartier.recommendation.api;

/**
 * The module's own texts (en, fr, es, de, ar), shipped in this jar so that a webapp showing suggestions reads them
 * without the platform's bundles knowing the module: the heading, the reasons ({@link RecommendationView#reason()})
 * and the switch.
 */
public final class RecommendationTexts {

    /** The resource bundle's base name. */
    public static final String BUNDLE = "io.quartier.recommendation.api.texts";

    public static final String HEADING = "recommendation.strip.heading";
    public static final String TURN_OFF = "recommendation.strip.turnOff";
    public static final String TURNED_OFF = "recommendation.strip.turnedOff";
    public static final String PROFILE_HEADING = "recommendation.profile.heading";
    public static final String PROFILE_SAVE = "recommendation.profile.save";
    public static final String PROFILE_ENABLED = "recommendation.profile.enabled";
    public static final String PROFILE_SAVED = "recommendation.profile.saved";
    public static final String BECAUSE_YOU_ORDERED = "recommendation.reason.becauseYouOrdered";
    public static final String POPULAR_NEAR_YOU = "recommendation.reason.popularNearYou";
    public static final String POPULAR_HERE = "recommendation.reason.popularHere";

    private RecommendationTexts() {
    }
}
