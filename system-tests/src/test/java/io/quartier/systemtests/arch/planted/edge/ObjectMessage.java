package io.quartier.systemtests.arch.planted.edge;

/** Stands in for JMS' {@code ObjectMessage}: a serialized Java object on the wire. */
public interface ObjectMessage {

    Object getObject();
}
