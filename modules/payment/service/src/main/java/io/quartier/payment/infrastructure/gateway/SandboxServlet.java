package io.quartier.payment.infrastructure.gateway;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A page the sandbox gateway serves to the customer itself, as a real gateway serves its own (see {@link SandboxPage}). */
abstract class SandboxServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "payment.gateway")
    String gateway;

    @Inject
    SandboxGateway sandbox;

    /** A form sent back: the customer cancelled (back to the shop, saying so), or what it holds is taken. */
    @Override
    protected final void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SandboxPage> page = page(request, response);
        if (page.isEmpty()) {
            return;
        }
        if (request.getParameter("cancel") != null) {
            page.get().sendBack(response, "card_cancelled", "true");
            return;
        }
        submitted(page.get(), request, response);
    }

    /** Takes what the customer sent (not cancelled), and sends it back to the shop with a token or answers why not. */
    abstract void submitted(SandboxPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException;

    /** The page for this request, or empty (and the error sent) when it is not to be served. */
    Optional<SandboxPage> page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return SandboxPage.of(gateway, request, response);
    }
}
