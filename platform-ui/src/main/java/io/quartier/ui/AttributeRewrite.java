package io.quartier.ui;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;

/**
 * A response writer that passes everything on but one attribute of elements of one name, which it leaves out or
 * writes as another attribute: the small corrections the shared UI makes to PrimeFaces' markup.
 */
final class AttributeRewrite extends ResponseWriterWrapper {

    private final String element;
    private final String attribute;
    private final String replacement;
    private final String replacementValue;
    private String current;

    /** Leaves {@code attribute} out of every {@code element}. */
    static AttributeRewrite dropping(ResponseWriter writer, String element, String attribute) {
        return new AttributeRewrite(writer, element, attribute, null, null);
    }

    /** Writes {@code replacement="replacementValue"} instead of {@code attribute} on every {@code element}. */
    static AttributeRewrite replacing(ResponseWriter writer, String element, String attribute, String replacement,
            String replacementValue) {
        return new AttributeRewrite(writer, element, attribute, replacement, replacementValue);
    }

    private AttributeRewrite(ResponseWriter writer, String element, String attribute, String replacement,
            String replacementValue) {
        super(writer);
        this.element = element;
        this.attribute = attribute;
        this.replacement = replacement;
        this.replacementValue = replacementValue;
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        current = name;
        super.startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
        if (!element.equals(current) || !attribute.equals(name)) {
            super.writeAttribute(name, value, property);
        } else if (replacement != null) {
            super.writeAttribute(replacement, replacementValue, null);
        }
    }
}
