package io.quartier.ui;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;

/** A call to another context answered with an error; {@code code} is the problem's message key. */
public class ServiceProblem extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String body;

    public ServiceProblem(String code, Response response) {
        this(code, null, response);
    }

    /** {@code body} is the problem as received, for pages that show more (violations, the bad lines of a sheet). */
    public ServiceProblem(String code, String body, Response response) {
        super(code + " (HTTP " + response.getStatus() + ")", response);
        this.code = code;
        this.body = body;
    }

    /** The problem's {@code errors} member; empty when it has none or was not problem details. */
    public JsonObject errors() {
        if (body == null || !body.trim().startsWith("{")) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject errors = reader.readObject().getJsonObject("errors");
            return errors == null ? JsonValue.EMPTY_JSON_OBJECT : errors;
        } catch (JsonException | ClassCastException notAProblem) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    /** The codes of the problem's {@code errors.violations}, for a message each (none when absent). */
    public List<String> details() {
        if (!(errors().get("violations") instanceof JsonArray violations)) {
            return List.of();
        }
        return violations.stream().filter(JsonObject.class::isInstance)
                .map(v -> ((JsonObject) v).getString("code", "")).filter(c -> !c.isBlank()).toList();
    }

    public String code() {
        return code;
    }

    public int status() {
        return getResponse().getStatus();
    }
}
