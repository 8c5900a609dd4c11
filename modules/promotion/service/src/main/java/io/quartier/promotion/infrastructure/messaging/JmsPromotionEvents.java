package io.quartier.promotion.infrastructure.messaging;

import io.quartier.kernel.event.TopicEvents;
import io.quartier.promotion.api.event.PromotionTopic;
import io.quartier.promotion.application.PromotionEvents;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes promotion's events on its topic through the kernel's publisher, inside the caller's transaction. */
@ApplicationScoped
public class JmsPromotionEvents extends TopicEvents implements PromotionEvents {

    public JmsPromotionEvents() {
        super(PromotionTopic.NAME);
    }
}
