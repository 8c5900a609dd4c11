package io.quartier.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Translated texts for Java code, from the bundle the pages know as {@code msg}, in the view's language. */
public final class Messages {

    public static final String BUNDLE = "io.quartier.ui.messages";
    public static final String VAR = "msg";

    private Messages() {
    }

    public static boolean has(String key) {
        return key != null && bundle().containsKey(key);
    }

    /** The text for {@code key}; with arguments, formatted as a {@link MessageFormat} pattern. */
    public static String text(String key, Object... args) {
        String pattern = bundle().getString(key);
        if (args.length == 0) {
            return pattern;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    public static void warn(String key, Object... args) {
        add(FacesMessage.SEVERITY_WARN, key, args);
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, key, args);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text(key, args), null));
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, VAR);
    }
}
