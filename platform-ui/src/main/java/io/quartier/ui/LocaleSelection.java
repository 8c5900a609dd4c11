package io.quartier.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the pages. A first visit follows the browser (Faces' calculated locale); a choice made
 * with the language switcher is kept in a cookie for a year, so it outlives the session, logins and restarts.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<String> SUPPORTED = List.of("en", "fr", "es", "de", "ar");
    public static final String COOKIE = "quartier-lang";
    static final int ONE_YEAR = 365 * 24 * 60 * 60;

    private String language = "en";

    @PostConstruct
    void init() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            Object cookie = faces.getExternalContext().getRequestCookieMap().get(COOKIE);
            String remembered = cookie instanceof Cookie c ? c.getValue() : null;
            language = initialLanguage(remembered, faces.getApplication().getViewHandler().calculateLocale(faces));
        }
    }

    /** The remembered choice if it is supported, else the browser's language if supported, else English. */
    static String initialLanguage(String remembered, Locale calculated) {
        if (remembered != null && SUPPORTED.contains(remembered)) {
            return remembered;
        }
        if (calculated != null && SUPPORTED.contains(calculated.getLanguage())) {
            return calculated.getLanguage();
        }
        return "en";
    }

    public static String direction(String language) {
        return "ar".equals(language) ? "rtl" : "ltr";
    }

    /** Switches language, remembers it, and reloads the current page (keeping its view parameters). */
    public String choose(String chosen) {
        if (!adopt(chosen)) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(getLocale());
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /**
     * Switches to a language chosen elsewhere (the account's, at login) and remembers it, from the next page on;
     * false, changing nothing, when it is not supported.
     */
    public boolean adopt(String chosen) {
        if (!SUPPORTED.contains(chosen)) {
            return false;
        }
        language = chosen;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            ExternalContext external = faces.getExternalContext();
            external.addResponseCookie(COOKIE, chosen,
                    Map.of("maxAge", ONE_YEAR, "path", "/", "httpOnly", Boolean.TRUE, "SameSite", "Lax"));
        }
        return true;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public String getLanguage() {
        return language;
    }

    /** {@code rtl} for Arabic, {@code ltr} otherwise: the {@code dir} of the html element. */
    public String getDirection() {
        return direction(language);
    }

    /** The switcher's entries, each named in its own language. */
    public List<Language> getLanguages() {
        return SUPPORTED.stream().map(code -> new Language(code, language.equals(code))).toList();
    }

    /** One entry of the language switcher. */
    public static class Language implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final boolean current;

        Language(String code, boolean current) {
            this.code = code;
            this.current = current;
        }

        public String getCode() {
            return code;
        }

        public boolean isCurrent() {
            return current;
        }

        /** The language's own name for itself (autonym), so a reader finds it whatever the page's language. */
        public String getName() {
            Locale locale = Locale.forLanguageTag(code);
            String name = locale.getDisplayLanguage(locale);
            return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
        }
    }
}
