package io.quartier.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' simple file upload with its button's look ({@code skinSimple}), reachable by screen readers: PrimeFaces
 * hides the file input from them ({@code aria-hidden}) although it is what takes the keyboard focus, so a focused
 * control has no name (axe-core's "aria-hidden-focus"). Here the input is named by the button's visible text instead.
 * Declared for PrimeFaces' renderer type in this jar's {@code META-INF/faces-config.xml}.
 */
public class LabelledFileUploadRenderer extends FileUploadRenderer {

    @Override
    protected void encodeInputField(FacesContext context, FileUpload upload, String clientId, String tabindex)
            throws IOException {
        if (!"simple".equals(upload.getMode()) || !upload.isSkinSimple()) {
            super.encodeInputField(context, upload, clientId, tabindex);
            return;
        }
        ResponseWriter writer = context.getResponseWriter();
        context.setResponseWriter(AttributeRewrite.replacing(writer, "input", "aria-hidden", "aria-labelledby",
                upload.getClientId(context) + "_label"));
        try {
            super.encodeInputField(context, upload, clientId, tabindex);
        } finally {
            context.setResponseWriter(writer);
        }
    }
}
