package io.quartier.shop.install;

import io.quartier.ui.LocaleSelection;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The page the service worker shows for a page it cannot reach offline, in the language named by {@code ?lang=}; it
 * links to the last order page seen, which the service worker keeps. Plain HTML: it must render from the cache alone.
 */
@WebServlet("/offline")
public class OfflinePage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = ShopManifest.language(request);
        ResourceBundle msg = ResourceBundle.getBundle("io.quartier.ui.messages", Locale.forLanguageTag(language));
        String context = request.getContextPath();
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + language + "\" dir=\""
                + LocaleSelection.direction(language) + "\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + escape(msg.getString("shop.offline.title")) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + context + "/jakarta.faces.resource/quartier.css.xhtml?ln=quartier\"/>"
                + "</head><body class=\"q-body\"><main id=\"content\" class=\"q-content\">"
                + "<h1 data-test=\"offline-heading\">" + escape(msg.getString("shop.offline.heading")) + "</h1>"
                + "<p>" + escape(msg.getString("shop.offline.text")) + "</p>"
                + "<p><a data-test=\"offline-last-order\" href=\"" + context + "/orders/last-seen\">"
                + escape(msg.getString("shop.offline.lastOrder")) + "</a></p>"
                + "<p><a href=\"" + context + "/index.xhtml\">" + escape(msg.getString("shop.offline.retry")) + "</a></p>"
                + "</main></body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
