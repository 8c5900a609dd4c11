package io.quartier.systemtests.arch.planted.ordering.interfaces.messaging;

import io.quartier.systemtests.arch.planted.edge.EventConsumer;
import io.quartier.systemtests.arch.planted.edge.MessageListener;

/** Keeps rule 3: takes its messages through the kernel's consumer. */
public class PlantedRatingConsumer implements MessageListener {

    private final EventConsumer events = new EventConsumer();

    @Override
    public void onMessage(Object message) {
        events.consume(message);
    }
}
