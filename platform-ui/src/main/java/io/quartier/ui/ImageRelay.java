package io.quartier.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Serves an image that another context answered a page's caller (a delivery photo, say) from the page's own origin,
 * streamed through rather than kept in the page's state: a phone's photo is megabytes, a view-scoped bean would keep
 * it in the session for as long as the view lives. What the context refuses (403, 404) is a 404 here, telling nobody
 * whether it exists.
 */
public final class ImageRelay {

    private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png");

    private ImageRelay() {
    }

    /** Sends {@code answer}'s image, a JPEG or PNG, as the reader's own (never cached); else 404, or 503. */
    public static void relay(Response answer, HttpServletResponse out) throws IOException {
        try (answer) {
            MediaType type = answer.getMediaType();
            String image = type == null ? "" : type.getType() + "/" + type.getSubtype();
            if (answer.getStatus() == 403 || answer.getStatus() == 404) {
                out.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            if (answer.getStatus() != 200 || !IMAGES.contains(image)) {
                out.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            out.setContentType(image);
            out.setHeader("Cache-Control", "private, no-store");
            try (InputStream in = answer.readEntity(InputStream.class)) {
                in.transferTo(out.getOutputStream());
            }
        }
    }

    /** Sends the image {@code fetch} answers for the positive id in the request's {@code parameter}; else 404. */
    public static void serve(HttpServletRequest request, HttpServletResponse out, String parameter,
                             LongFunction<Response> fetch) throws IOException {
        OptionalLong id = id(request.getParameter(parameter));
        if (id.isEmpty()) {
            out.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Response answer;
        try {
            answer = fetch.apply(id.getAsLong());
        } catch (WebApplicationException refused) {
            // the REST client throws for an error answer (ProblemResponseMapper)
            answer = refused.getResponse();
        }
        relay(answer, out);
    }

    static OptionalLong id(String parameter) {
        try {
            long id = Long.parseLong(String.valueOf(parameter));
            return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
        } catch (NumberFormatException notANumber) {
            return OptionalLong.empty();
        }
    }
}
