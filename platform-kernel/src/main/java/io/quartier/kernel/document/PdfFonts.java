package io.quartier.kernel.document;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one typeface of Quartier's PDFs (receipts, payout statements): DejaVu Sans, embedded, which has Latin, Greek,
 * Cyrillic and Arabic glyphs; OpenPDF joins Arabic letters in a cell that runs right to left and subsets what a
 * document uses. Read once per application. OpenPDF is an optional dependency of the kernel: only a WAR that draws
 * PDFs has it, and only such a WAR calls this.
 */
public final class PdfFonts {

    private static final String DEJAVU_SANS = "/io/quartier/kernel/document/DejaVuSans.ttf";

    private PdfFonts() {
    }

    public static BaseFont text() {
        return Holder.TEXT;
    }

    /** Loaded on first use, not when the kernel's classes are scanned. */
    private static final class Holder {
        static final BaseFont TEXT = load();

        private static BaseFont load() {
            try (InputStream in = PdfFonts.class.getResourceAsStream(DEJAVU_SANS)) {
                if (in == null) {
                    throw new IllegalStateException(DEJAVU_SANS + " is missing from the kernel");
                }
                return BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                        in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
