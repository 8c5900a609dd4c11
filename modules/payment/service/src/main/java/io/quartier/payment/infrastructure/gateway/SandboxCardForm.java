package io.quartier.payment.infrastructure.gateway;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox gateway's own card form, in the role Stripe Elements or a hosted payment page plays for a real gateway:
 * the customer types a test card number here, never into Quartier's pages, and is sent back to the shop with a token
 * only ({@code card_token}, with the shop's {@code state} unchanged). The number is read from the POST body, turned
 * into a token and forgotten: it is never kept, logged, put in a URL nor echoed back. Served only while the sandbox is
 * the gateway; the address to send the customer back to must be a path of this server (no open redirect).
 */
@WebServlet("/sandbox/card-form")
public class SandboxCardForm extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String TEXTS = "io.quartier.payment.sandbox.texts";

    @Inject
    @ConfigProperty(name = "payment.gateway")
    String gateway;

    @Inject
    SandboxGateway sandbox;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!served(request, response)) {
            return;
        }
        page(request, response, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!served(request, response)) {
            return;
        }
        String back = request.getParameter("return");
        String state = request.getParameter("state");
        if (request.getParameter("cancel") != null) {
            response.sendRedirect(back + separator(back) + "state=" + encode(state) + "&card_cancelled=true");
            return;
        }
        SandboxCards.Tokenized tokenized = sandbox.cards().tokenize(request.getParameter("number"),
                request.getParameter("expiryMonth"), request.getParameter("expiryYear"), request.getParameter("cvc"),
                YearMonth.now(Clock.systemUTC()));
        if (tokenized.token() == null) {
            response.setStatus(422);
            page(request, response, tokenized.refusal().key());
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", back + separator(back) + "state=" + encode(state) + "&card_token="
                + encode(tokenized.token()));
    }

    /** Only while the sandbox is the gateway, and only with a way back to this server and a state to return. */
    private boolean served(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"sandbox".equals(gateway)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return false;
        }
        String back = request.getParameter("return");
        String state = request.getParameter("state");
        if (back == null || !back.matches("/[A-Za-z0-9/._-]{1,200}") || back.startsWith("//") || state == null
                || !state.matches("[A-Za-z0-9_-]{8,100}")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return false;
        }
        return true;
    }

    private void page(HttpServletRequest request, HttpServletResponse response, String refusal) throws IOException {
        Locale locale = request.getLocale();
        ResourceBundle texts = ResourceBundle.getBundle(TEXTS, locale == null ? Locale.ENGLISH : locale);
        String lang = texts.getLocale().getLanguage().isEmpty() ? "en" : texts.getLocale().getLanguage();
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self';"
                + " frame-ancestors 'self'");
        String html = """
                <!DOCTYPE html>
                <html lang="%s" dir="%s"><head><meta charset="UTF-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/><title>%s</title>
                <style>body{font-family:sans-serif;max-width:26rem;margin:2rem auto;padding:0 1rem}
                label{display:block;margin-top:.8rem}input{font-size:1.1rem;width:100%%;box-sizing:border-box}
                .row{display:flex;gap:.5rem}.err{color:#a00}button{margin-top:1rem;font-size:1rem}</style></head>
                <body><main><h1>%s</h1><p>%s</p>%s
                <form method="post" autocomplete="off">
                <input type="hidden" name="return" value="%s"/><input type="hidden" name="state" value="%s"/>
                <label for="number">%s</label>
                <input id="number" name="number" inputmode="numeric" maxlength="23" autocomplete="cc-number" required="required"/>
                <div class="row"><div><label for="expiryMonth">%s</label>
                <input id="expiryMonth" name="expiryMonth" inputmode="numeric" maxlength="2" required="required"/></div>
                <div><label for="expiryYear">%s</label>
                <input id="expiryYear" name="expiryYear" inputmode="numeric" maxlength="4" required="required"/></div>
                <div><label for="cvc">%s</label>
                <input id="cvc" name="cvc" inputmode="numeric" maxlength="4" required="required"/></div></div>
                <button type="submit" id="save" name="save">%s</button>
                <button type="submit" id="cancel" name="cancel" formnovalidate="formnovalidate">%s</button>
                </form></main></body></html>
                """.formatted(lang, "ar".equals(lang) ? "rtl" : "ltr", text(texts, "sandbox.card.title"),
                text(texts, "sandbox.card.title"), text(texts, "sandbox.card.intro"),
                refusal == null ? "" : "<p class=\"err\" role=\"alert\" id=\"refusal\">" + text(texts, refusal) + "</p>",
                escape(request.getParameter("return")), escape(request.getParameter("state")),
                text(texts, "sandbox.card.number"), text(texts, "sandbox.card.expiryMonth"),
                text(texts, "sandbox.card.expiryYear"), text(texts, "sandbox.card.cvc"), text(texts, "sandbox.card.save"),
                text(texts, "sandbox.card.cancel"));
        response.getWriter().write(html);
    }

    private static String text(ResourceBundle texts, String key) {
        try {
            return escape(texts.getString(key));
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static String separator(String url) {
        return url.contains("?") ? "&" : "?";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
