package io.quartier.ui;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A file a page offers for download ({@code p:fileDownload}): its bytes are asked for when the browser takes it. */
public final class Downloads {

    private Downloads() {
    }

    public static StreamedContent of(String name, String contentType, Supplier<byte[]> bytes) {
        return DefaultStreamedContent.builder().name(name).contentType(contentType)
                .stream(() -> new ByteArrayInputStream(bytes.get())).build();
    }
}
