package io.quartier.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns a failed REST call into a translated message: the problem's {@code code} is a bundle key; when the
 * bundle does not know it, a key chosen by HTTP status, and in the end {@code problem.unexpected}.
 */
public final class Problems {

    public static final String UNEXPECTED = "problem.unexpected";
    public static final String UNAVAILABLE = "problem.unavailable";

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    private Problems() {
    }

    /** Adds the translated message for the failure to the page, as an error, and one for each known detail. */
    public static void show(Throwable failure) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, message(failure));
        if (failure instanceof ServiceProblem problem) {
            problem.details().stream().distinct().filter(Messages::has)
                    .forEach(key -> faces.addMessage(null,
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(key), null)));
        }
    }

    public static FacesMessage message(Throwable failure) {
        List<String> keys = candidateKeys(failure);
        String key = keys.stream().filter(Messages::has).findFirst().orElse(UNEXPECTED);
        if (key.equals(UNEXPECTED) || key.equals("problem.internal") || key.equals(UNAVAILABLE)) {
            LOG.log(Level.WARNING, "call failed: " + failure, failure);
        }
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(key), null);
    }

    /** The message keys to try, best first. */
    static List<String> candidateKeys(Throwable failure) {
        List<String> keys = new ArrayList<>();
        for (Throwable t = failure; t != null && keys.isEmpty(); t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServiceProblem problem) {
                keys.add(problem.code());
                keys.add(forStatus(problem.status()));
            } else if (t instanceof WebApplicationException web) {
                keys.add(forStatus(web.getResponse().getStatus()));
            } else if (t instanceof ProcessingException) {
                keys.add(UNAVAILABLE);
            }
        }
        keys.add(UNEXPECTED);
        return keys;
    }

    /** The problem's {@code code} from a problem+json body, else a key for the status. */
    static String codeOf(String body, int status) {
        if (body != null && body.trim().startsWith("{")) {
            try {
                JsonObject problem = Json.createReader(new StringReader(body)).readObject();
                JsonValue code = problem.get("code");
                if (code instanceof JsonString text && !text.getString().isBlank()) {
                    return text.getString();
                }
            } catch (JsonException | ClassCastException notAProblem) {
                // not problem details: fall through to the status
            }
        }
        return forStatus(status);
    }

    static String forStatus(int status) {
        return switch (status) {
            case 400, 422 -> "problem.invalid";
            case 401 -> "problem.sessionExpired";
            case 402 -> "problem.payment.declined";
            case 403 -> "problem.forbidden";
            case 404 -> "problem.notFound";
            case 502, 503, 504 -> UNAVAILABLE;
            default -> status >= 500 ? "problem.internal" : UNEXPECTED;
        };
    }
}
