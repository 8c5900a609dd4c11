package io.quartier.ordering.application;

import io.quartier.kernel.event.DomainEvent;
import java.util.ArrayList;
import java.util.List;

/** The events published, in order (the broker's transaction is not modelled: every call commits). */
class RecordedEvents implements OrderEvents {

    final List<DomainEvent> published = new ArrayList<>();

    @Override
    public void publish(DomainEvent event) {
        published.add(event);
    }

    List<String> types() {
        return published.stream().map(DomainEvent::eventType).toList();
    }
}
