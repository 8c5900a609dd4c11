package io.quartier.payment.interfaces.rest;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.quartier.kernel.Money;
import io.quartier.kernel.document.PdfFonts;
import io.quartier.payment.api.PayoutStatement;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A payout statement as a PDF, the same for a merchant and a courier, in the payee's language: a heading with the
 * period and the date paid (UTC, as the period's days), one row per journal entry paid (when, which order, sale,
 * refund or earnings, which account, how much) and the total. Arabic runs right to left.
 */
final class StatementDocument {

    private static final String BUNDLE = "io.quartier.payment.statement";

    private StatementDocument() {
    }

    static byte[] pdf(PayoutStatement statement, Locale reader) {
        ResourceBundle msg = ResourceBundle.getBundle(BUNDLE, reader);
        BaseFont typeface = PdfFonts.text();
        Font plain = new Font(typeface, 9);
        Font bold = new Font(typeface, 9, Font.BOLD);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(reader).withZone(ZoneOffset.UTC);
        var payout = statement.payout();
        String heading = MessageFormat.format(msg.getString("heading"), String.valueOf(payout.id()));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (Document document = new Document(PageSize.A4, 40, 40, 40, 40)) {
            PdfWriter.getInstance(document, pdf);
            document.addTitle(heading);
            document.open();
            PdfPTable table = new PdfPTable(new float[] {3, 2, 2, 3, 2});
            table.setWidthPercentage(100);
            table.setRunDirection("ar".equals(reader.getLanguage()) ? PdfWriter.RUN_DIRECTION_RTL
                    : PdfWriter.RUN_DIRECTION_LTR);
            table.setHeaderRows(3);
            span(table, heading, new Font(typeface, 14, Font.BOLD));
            span(table, msg.getString("period") + " " + payout.from() + " – " + payout.to() + " · "
                    + msg.getString("paidAt") + " " + when.format(payout.paidAt()), plain);
            for (String column : new String[] {"date", "order", "entry", "account"}) {
                table.addCell(cell(msg.getString(column), bold, Element.ALIGN_LEFT));
            }
            table.addCell(cell(msg.getString("amount"), bold, Element.ALIGN_RIGHT));
            for (PayoutStatement.Line line : statement.lines()) {
                table.addCell(cell(when.format(line.occurredAt()), plain, Element.ALIGN_LEFT));
                table.addCell(cell(line.orderReference(), plain, Element.ALIGN_LEFT));
                table.addCell(cell(msg.getString("kind." + line.kind()), plain, Element.ALIGN_LEFT));
                table.addCell(cell(msg.getString("account." + line.account()), plain, Element.ALIGN_LEFT));
                table.addCell(cell(Money.of(line.amountMinor(), payout.currency()).format(reader), plain,
                        Element.ALIGN_RIGHT));
            }
            PdfPCell total = cell(msg.getString("total"), bold, Element.ALIGN_LEFT);
            total.setColspan(4);
            table.addCell(total);
            table.addCell(cell(Money.of(payout.amountMinor(), payout.currency()).format(reader), bold,
                    Element.ALIGN_RIGHT));
            document.add(table);
        }
        return pdf.toByteArray();
    }

    private static void span(PdfPTable table, String text, Font font) {
        PdfPCell cell = cell(text, font, Element.ALIGN_LEFT);
        cell.setColspan(5);
        table.addCell(cell);
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setBorderWidth(0);
        cell.setBorderWidthBottom(0.5f);
        cell.setPaddingBottom(5);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }
}
