package io.quartier.payment.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quartier.payment.api.PayoutStatement;
import io.quartier.payment.api.PayoutView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StatementDocumentTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-27");
    static final Instant AT = Instant.parse("2026-11-27T12:00:00Z");
    static final PayoutStatement STATEMENT = new PayoutStatement(
            new PayoutView(51, "MERCHANT", 1, "EUR", DAY, DAY, 1730, AT, 2),
            List.of(new PayoutStatement.Line("capture:7", "CAPTURE", "7", AT, "MERCHANT_PAYABLE", 2230),
                    new PayoutStatement.Line("refund:9", "REFUND", "7", AT, "MERCHANT_PAYABLE", -500)));

    @Test
    void aStatementListsEachSaleAndRefundItPaysAndItsTotal() throws IOException {
        String text = text(StatementDocument.pdf(STATEMENT, Locale.ENGLISH));

        assertTrue(text.contains("Payout statement 51"), text);
        assertTrue(text.contains("2026-11-27"), text);
        assertTrue(text.contains("Sale") && text.contains("Refund"), text);
        assertTrue(text.contains("22.30"), text);
        assertTrue(text.contains("5.00"), text);
        assertTrue(text.contains("Total paid") && text.contains("17.30"), text);
    }

    @Test
    void anArabicStatementIsTitledInArabicWithAnEmbeddedFontThatHasIt() throws IOException {
        byte[] pdf = StatementDocument.pdf(STATEMENT, Locale.forLanguageTag("ar"));

        PdfReader reader = new PdfReader(pdf);
        assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("DejaVuSans"), "the embedded font");
        assertTrue(reader.getInfo().get("Title").contains("كشف الدفعة"), reader.getInfo().toString());
    }

    @Test
    void aCouriersStatementNamesItsEarningsAndTipsInItsLanguage() throws IOException {
        PayoutStatement courier = new PayoutStatement(new PayoutView(52, "COURIER", 7, "EUR", DAY, DAY, 1050, AT, 2),
                List.of(new PayoutStatement.Line("earning:3", "EARNING", "12", AT, "COURIER_PAYABLE", 850),
                        new PayoutStatement.Line("capture:12", "CAPTURE", "12", AT, "TIPS", 200)));

        String text = text(StatementDocument.pdf(courier, Locale.FRENCH));

        assertTrue(text.contains("Relevé de versement 52"), text);
        assertTrue(text.contains("Gains du coursier") && text.contains("Pourboires du livreur"), text);
        assertTrue(text.contains("10,50"), text);
    }

    @Test
    void theLanguageIsTheFirstOfQuartiersTheHeaderAsksForElseEnglish() {
        assertEquals(Locale.GERMAN, PayoutResource.reader("it-IT, de;q=0.8, en;q=0.5"));
        assertEquals(Locale.ENGLISH, PayoutResource.reader("it-IT"));
        assertEquals(Locale.ENGLISH, PayoutResource.reader(null));
        assertEquals(Locale.ENGLISH, PayoutResource.reader(";;;q=x"));
        assertEquals("ar", PayoutResource.reader("ar-MA").getLanguage());
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        return new PdfTextExtractor(reader).getTextFromPage(1);
    }
}
