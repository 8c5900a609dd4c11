package io.quartier.systemtests.arch.planted.edge;

/** Stands in for JMS' {@code MessageListener}: a message consumer. */
public interface MessageListener {

    void onMessage(Object message);
}
