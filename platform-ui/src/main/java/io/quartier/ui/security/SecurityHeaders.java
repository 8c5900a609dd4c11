package io.quartier.ui.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The browser-side defences on every answer of a web shell: a Content-Security-Policy that PrimeFaces works with
 * (its widgets use inline handlers and eval, so scripts stay 'self' plus inline; nothing from elsewhere, no
 * plugins, no framing, forms and sockets to this origin only; images also from the map tile server when one is
 * configured, {@code quartier.map.tiles}), no content sniffing, no referrer to other sites.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self' ws: wss:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static final Pattern TILE_ORIGIN = Pattern.compile("^(https?://[^/]+)");

    private volatile String policy;

    /** The policy, with the tile server's origin among the image sources when tiles are configured. */
    static String policy(String tiles) {
        if (tiles == null || tiles.isBlank() || "none".equals(tiles)) {
            return POLICY;
        }
        Matcher origin = TILE_ORIGIN.matcher(tiles.strip());
        if (!origin.find()) {
            return POLICY;
        }
        String source = origin.group(1).replace("{s}", "*").replaceAll("[\\s;,']", "");
        return POLICY.replace("img-src 'self' data: blob:", "img-src 'self' data: blob: " + source);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (policy == null) {
            policy = policy(ConfigProvider.getConfig()
                    .getOptionalValue("quartier.map.tiles", String.class).orElse("none"));
        }
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
