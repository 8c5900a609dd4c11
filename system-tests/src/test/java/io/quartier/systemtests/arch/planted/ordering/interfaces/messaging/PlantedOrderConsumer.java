package io.quartier.systemtests.arch.planted.ordering.interfaces.messaging;

import io.quartier.systemtests.arch.planted.edge.MessageListener;

/** Breaks rule 3: handles every message it gets, a redelivered one again, and swallows failures. */
public class PlantedOrderConsumer implements MessageListener {

    private int handled;

    @Override
    public void onMessage(Object message) {
        handled++;
    }
}
