package io.quartier.ui.security;

import io.quartier.ui.UserSession;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Lets a page open only for a caller who holds one of its roles ({@link PageRoles}), as the session's login says
 * ({@link UserSession}): not logged in, the login page, which comes back here afterwards; logged in without the
 * role, 403.
 * <p>
 * Why not the container's security constraints: Payara 6 (up to 6.2025.10) sometimes answers 403 to a logged-in
 * caller of a constrained page under load (the JASPIC callback shares one security context between threads; Payara
 * issue 6145, fixed upstream in 2026 after the last Payara 6 served here). The shop benchmark saw it on the basket
 * page with 8 concurrent customers. The session's own record of the login has no such race.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PageGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    UserSession userSession;

    private PageRoles pages;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        pages = PageRoles.parse(config.getServletContext().getInitParameter(PageRoles.PARAMETER));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Set<String>> roles = pages.of(path);
        if (roles.isEmpty() || userSession.isSignedIn() && roles.get().stream().anyMatch(userSession::hasRole)) {
            chain.doFilter(request, response);
        } else if (userSession.isSignedIn()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else {
            toLogin(request, response, path);
        }
    }

    /** To the login page, which sends the caller back to {@code path} (a Faces Ajax request is told so in XML). */
    private static void toLogin(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String back = "GET".equals(request.getMethod()) && request.getQueryString() != null
                ? path + "?" + request.getQueryString() : path;
        String login = request.getContextPath() + "/login.xhtml?" + LoginReturn.PARAMETER + "="
                + URLEncoder.encode(back, StandardCharsets.UTF_8);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version='1.0' encoding='UTF-8'?><partial-response><redirect url=\""
                    + login.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(login);
        }
    }
}
