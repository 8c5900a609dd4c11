package io.quartier.shop.view.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quartier.ordering.api.OrderView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReceiptPdfTest {

    private static final OrderView ORDER = new OrderView(1234, 2, 1, 1, "Chez Marcel", "PLACED",
            List.of(new OrderView.Line(101, "Boeuf bourguignon", 2, 1850, 1000),
                    new OrderView.Line(102, "Baguette", 1, 120, 550)),
            4388, "EUR", "12 rue des Martyrs", Instant.parse("2026-11-24T11:30:00Z"), null, 7L, null, null, null,
            null, null, "9 rue Saint-Lazare, 75009 Paris", "FR", "Europe/Paris", 3820, 299, 269,
            List.of(new OrderView.Vat(550, 120, 6, 114), new OrderView.Vat(1000, 3700, 336, 3364),
                    new OrderView.Vat(2000, 299, 50, 249)), null);

    @Test
    void aReceiptNamesTheOrderTheStoreAndEveryAmountWithTheDateInTheStoresZone() throws IOException {
        byte[] pdf = ReceiptPdf.render(Receipt.of(ORDER, Locale.UK), Locale.UK);

        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        String text = text(pdf);
        for (String expected : new String[] {"Receipt for order 1234", "Chez Marcel", "9 rue Saint-Lazare",
                "Boeuf bourguignon", "12:30", "€38.20", "€2.99", "€2.69", "€43.88", "€3.36", "10 %", "5.5 %"}) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
    }

    @Test
    void aReceiptShowsTheDiscountsTakenOffSoItsAmountsAddUpToTheTotal() throws IOException {
        OrderView withCoupon = new OrderView(1235, 2, 1, 1, "Chez Marcel", "DELIVERED",
                List.of(new OrderView.Line(101, "Boeuf bourguignon", 1, 1850, 1000)), 1864, "EUR", "12 rue des Martyrs",
                Instant.parse("2026-11-24T11:30:00Z"), null, 7L, null, null, null, null, null,
                "9 rue Saint-Lazare, 75009 Paris", "FR", "Europe/Paris", 1850, 199, 0,
                List.of(new OrderView.Vat(1000, 1665, 151, 1514), new OrderView.Vat(2000, 199, 33, 166)), null,
                List.of(new OrderView.Discount(1, "COUPON", "WELCOME10", "PLATFORM", 185)), 185);

        String text = text(ReceiptPdf.render(Receipt.of(withCoupon, Locale.UK), Locale.UK));

        for (String expected : new String[] {"€18.50", "€1.99", "Coupon WELCOME10", "-€1.85", "€18.64"}) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
    }

    @Test
    void anArabicReceiptIsWrittenInArabicWithAFontThatHasIt() throws IOException {
        byte[] pdf = ReceiptPdf.render(Receipt.of(ORDER, Locale.forLanguageTag("ar")), Locale.forLanguageTag("ar"));

        PdfReader reader = new PdfReader(pdf);
        String fonts = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(fonts.contains("DejaVuSans"), "the embedded font");
        assertTrue(reader.getInfo().get("Title").contains("1234"), reader.getInfo().toString());
        assertTrue(reader.getInfo().get("Title").contains("إيصال"), reader.getInfo().toString());
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
