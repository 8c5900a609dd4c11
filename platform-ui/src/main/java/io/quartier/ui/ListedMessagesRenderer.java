package io.quartier.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages, still a list for assistive technology: PrimeFaces gives each {@code <li>} the role "alert",
 * which takes its list-item role away and leaves a {@code <ul>} with no items (axe-core's "list" rule). The messages
 * box already announces new messages ({@code aria-live="polite"}), so the items keep their own role.
 * Declared for PrimeFaces' renderer type in this jar's {@code META-INF/faces-config.xml}.
 */
public class ListedMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages messages, FacesMessage message, String severity,
            boolean escape) throws IOException {
        super.encodeMessage(AttributeRewrite.dropping(AttributeRewrite.dropping(writer, "li", "role"), "li", "aria-atomic"),
                messages, message, severity, escape);
    }
}
