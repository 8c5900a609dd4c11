package io.quartier.promotion.api.event;

/** The topic promotion publishes its events on. */
public final class PromotionTopic {

    public static final String NAME = "promotion.events";

    private PromotionTopic() {
    }
}
