package io.quartier.ui.live;

import io.quartier.kernel.event.EventMessages;
import io.quartier.ui.EventJson;
import jakarta.jms.Message;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.function.Function;
import java.util.function.LongFunction;
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

    /**
     * An event about an order, pushed with the order's id to the personal topic of the one its {@code field} names (the
     * order's customer, its merchant), and to nobody when the event names no one there (sent before it did).
     *
     * @return how many sockets it was sent to
     */
    public static int relayToOrderOf(Message message, String field, LongFunction<String> topic) {
        JsonObject event = EventJson.body(message);
        if (!(event.get(field) instanceof JsonNumber)) {
            return 0;
        }
        return LiveChannels.send(topic.apply(EventJson.id(event, field)), EventMessages.eventType(message),
                EventJson.id(event, "orderId"));
    }
}
