package io.quartier.kernel.health;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks this WAR as started in a system property named after its context root, for {@link PlatformReadiness}. A
 * servlet listener, since Payara fires no CDI {@code @Initialized(ApplicationScoped.class)} event with the servlet
 * context to a bean of a library jar (an observer of it never ran).
 */
@WebListener
public class Started implements ServletContextListener {

    static final String PROPERTY = "quartier.started.";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        System.setProperty(PROPERTY + event.getServletContext().getContextPath().replaceFirst("^/", ""), "true");
    }
}
