package io.quartier.ui;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;

/**
 * Reads the fields a web shell needs from an event's JSON body, without binding to the event records: the
 * push consumers only want an id to address a page, whatever the event's type.
 */
public final class EventJson {

    private EventJson() {
    }

    public static JsonObject body(Message message) {
        try {
            return parse(message.getBody(String.class));
        } catch (JMSException e) {
            throw new IllegalStateException("event message without a text body", e);
        }
    }

    public static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** A required numeric field; a missing one is an error, so the message is redelivered and dead-lettered. */
    public static long id(JsonObject event, String field) {
        JsonNumber value = event.getJsonNumber(field);
        if (value == null) {
            throw new IllegalArgumentException("event without " + field + ": " + event);
        }
        return value.longValueExact();
    }
}
