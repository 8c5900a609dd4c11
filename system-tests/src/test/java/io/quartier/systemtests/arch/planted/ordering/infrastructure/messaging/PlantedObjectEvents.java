package io.quartier.systemtests.arch.planted.ordering.infrastructure.messaging;

import io.quartier.systemtests.arch.planted.edge.ObjectMessage;

/** Breaks rule 2: reads an event sent as a serialized Java object. */
public class PlantedObjectEvents {

    public Object read(ObjectMessage message) {
        return message.getObject();
    }
}
