package io.quartier.ui;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * Relays an image a context serves ({@link ImageRelay}) for the id in one request parameter, asked with the reader's
 * token. A webapp maps a subclass on a path its security constraint guards and says which context's client gives the
 * image; the context checks the reader again, and its refusal is a 404 here.
 */
public abstract class ImageRelayServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserSession userSession;

    /** The request parameter that names the image's id. */
    protected abstract String parameter();

    /** The context's answer for the image {@code id}, asked with the reader's {@code bearer} token. */
    protected abstract Response image(String bearer, long id);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ImageRelay.serve(request, response, parameter(), id -> image(userSession.bearer(), id));
    }
}
