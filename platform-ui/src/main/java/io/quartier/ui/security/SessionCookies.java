package io.quartier.ui.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie of a web shell: HttpOnly, and Secure when the shell is served over TLS
 * ({@code quartier.ui.secure-cookies=true}; off by default, since the embedded platform is served over plain HTTP on
 * localhost). SameSite=Lax is the HTTP listener's setting (Payara ignores the cookie config's attribute): the
 * launcher's post-boot commands set it, and a production server needs the same two {@code set} commands.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(ConfigProvider.getConfig().getOptionalValue("quartier.ui.secure-cookies", Boolean.class)
                .orElse(false));
    }
}
