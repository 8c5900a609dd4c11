package io.quartier.payment.infrastructure.gateway;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import io.quartier.kernel.Money;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * What the sandbox's own pages (its card form, its phone wallet sheet) share: served only while the sandbox is the
 * gateway and only with a way back that is a path of this server (no open redirect) and the shop's state; their texts
 * in the customer's language; headers that keep them out of caches, frames and referrers; the way back.
 */
final class SandboxPage {

    private static final String TEXTS = "io.quartier.payment.sandbox.texts";

    private final HttpServletRequest request;
    private final ResourceBundle texts;

    private SandboxPage(HttpServletRequest request) {
        this.request = request;
        Locale locale = request.getLocale();
        this.texts = ResourceBundle.getBundle(TEXTS, locale == null ? Locale.ENGLISH : locale);
    }

    /** The page for this request, or empty (and the error sent) when it is not to be served. */
    static Optional<SandboxPage> of(String gateway, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!"sandbox".equals(gateway)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return Optional.empty();
        }
        String back = request.getParameter("return");
        String state = request.getParameter("state");
        if (back == null || !back.matches("/[A-Za-z0-9/._-]{1,200}") || back.startsWith("//") || state == null
                || !state.matches("[A-Za-z0-9_-]{8,100}")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return Optional.empty();
        }
        return Optional.of(new SandboxPage(request));
    }

    /** Back to the shop with the state and {@code parameter=value} (a token, or that the customer cancelled). */
    void sendBack(HttpServletResponse response, String parameter, String value) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", back(parameter, value));
    }

    /** A link back to the shop with the state and {@code parameter=value}, escaped for HTML. */
    String backLink(String parameter, String value) {
        return escape(back(parameter, value));
    }

    private String back(String parameter, String value) {
        String back = request.getParameter("return");
        return back + (back.contains("?") ? "&" : "?") + "state=" + encode(request.getParameter("state")) + "&"
                + parameter + "=" + encode(value);
    }

    /** An amount as the customer reads it, in the page's language. */
    String amount(Money amount) {
        return escape(amount.format(texts.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : texts.getLocale()));
    }

    /** Writes the page: {@code body} is HTML made of {@link #text} and {@link #hidden} parts only. */
    void write(HttpServletResponse response, String titleKey, String body) throws IOException {
        String lang = texts.getLocale().getLanguage().isEmpty() ? "en" : texts.getLocale().getLanguage();
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self';"
                + " frame-ancestors 'self'");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="%s" dir="%s"><head><meta charset="UTF-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/><title>%s</title>
                <style>body{font-family:sans-serif;max-width:26rem;margin:2rem auto;padding:0 1rem}
                label{display:block;margin-top:.8rem}input{font-size:1.1rem;width:100%%;box-sizing:border-box}
                .row{display:flex;gap:.5rem}.err{color:#a00}button{margin-top:1rem;font-size:1rem}</style></head>
                <body><main><h1>%s</h1>%s</main></body></html>
                """.formatted(lang, "ar".equals(lang) ? "rtl" : "ltr", text(titleKey), text(titleKey), body));
    }

    /** The hidden fields that carry the way back and the shop's state through the form. */
    String hidden() {
        return "<input type=\"hidden\" name=\"return\" value=\"" + escape(request.getParameter("return"))
                + "\"/><input type=\"hidden\" name=\"state\" value=\"" + escape(request.getParameter("state")) + "\"/>";
    }

    /** A text of the sandbox's bundle in the customer's language, escaped for HTML. */
    String text(String key) {
        try {
            return escape(texts.getString(key));
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
