package io.quartier.ui.live;

import io.quartier.kernel.event.EventMessages;
import io.quartier.ui.EventJson;
import jakarta.jms.Message;
import jakarta.json.JsonObject;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * An event message pushed to the sockets of one topic, as its type and the id of what it is about. The webapp's
 * message-driven bean, which knows the event, says from the event's JSON body which topic and which id.
 */
public final class LivePush {

    private LivePush() {
    }

    /** @return how many sockets it was sent to */
    public static int relay(Message message, Function<JsonObject, String> topic, ToLongFunction<JsonObject> subject) {
        JsonObject event = EventJson.body(message);
        return LiveChannels.send(topic.apply(event), EventMessages.eventType(message), subject.applyAsLong(event));
    }
}
