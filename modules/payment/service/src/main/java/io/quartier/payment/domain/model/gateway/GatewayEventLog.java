package io.quartier.payment.domain.model.gateway;

import java.time.Instant;

/** The gateway's events received so far, by id, so that one delivered twice is taken once (port). */
public interface GatewayEventLog {

    /** Records {@code event}, received at {@code at}; false, recording nothing, when it was recorded before. */
    boolean recordFirst(GatewayEvent event, Instant at);
}
