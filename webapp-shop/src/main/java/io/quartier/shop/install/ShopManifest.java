package io.quartier.shop.install;

import io.quartier.ui.LocaleSelection;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The shop's web manifest, in the language named by {@code ?lang=} (browsers fetch a manifest without the session's
 * cookie, so the page names its language in the link). The courier app is part of the same installed app: its
 * shortcut opens the courier's jobs.
 */
@WebServlet("/manifest.webmanifest")
public class ShopManifest extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = language(request);
        ResourceBundle msg = ResourceBundle.getBundle("io.quartier.ui.messages", Locale.forLanguageTag(language));
        String context = request.getContextPath();
        String manifest = Json.createObjectBuilder()
                .add("name", msg.getString("shop.manifest.name"))
                .add("short_name", msg.getString("layout.brand"))
                .add("description", msg.getString("shop.manifest.description"))
                .add("lang", language)
                .add("dir", LocaleSelection.direction(language))
                .add("id", context + "/")
                .add("start_url", context + "/index.xhtml")
                .add("scope", context + "/")
                .add("display", "standalone")
                .add("background_color", "#ffffff")
                .add("theme_color", "#0f766e")
                .add("icons", Json.createArrayBuilder()
                        .add(icon(context, 192)).add(icon(context, 512)))
                .add("shortcuts", Json.createArrayBuilder()
                        .add(shortcut(msg.getString("shop.manifest.courierApp"), context + "/courier/jobs.xhtml", context))
                        .add(shortcut(msg.getString("shop.manifest.myOrders"), context + "/orders/index.xhtml", context)))
                .build().toString();
        response.setContentType("application/manifest+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.getWriter().write(manifest);
    }

    /** A shortcut the installed app offers on a long press: the courier app for couriers, the orders for customers. */
    private static jakarta.json.JsonObjectBuilder shortcut(String name, String url, String context) {
        return Json.createObjectBuilder().add("name", name).add("url", url)
                .add("icons", Json.createArrayBuilder().add(icon(context, 192)));
    }

    private static jakarta.json.JsonObjectBuilder icon(String context, int size) {
        return Json.createObjectBuilder().add("src", context + "/icons/icon-" + size + ".png")
                .add("sizes", size + "x" + size).add("type", "image/png").add("purpose", "any maskable");
    }

    /** The language asked for, when the shop speaks it; English otherwise. */
    static String language(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        return asked != null && LocaleSelection.SUPPORTED.contains(asked) ? asked : "en";
    }
}
