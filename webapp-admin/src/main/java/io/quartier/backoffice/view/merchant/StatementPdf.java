package io.quartier.backoffice.view.merchant;

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
import io.quartier.payment.api.PayoutStatement;
import io.quartier.ui.Formats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A payout statement as a PDF (OpenPDF), drawn from payment's statement in the reader's language: a heading with the
 * period and the date paid, one row per journal entry paid (when, which order, capture or refund, which account, how
 * much) and the total. Set in DejaVu Sans, embedded, so Arabic is joined and runs right to left.
 */
final class StatementPdf {

    private static final String FONT = "/io/quartier/ui/fonts/DejaVuSans.ttf";
    private static final BaseFont TEXT = font();

    private StatementPdf() {
    }

    static byte[] render(PayoutStatement statement, Locale reader) {
        ResourceBundle msg = ResourceBundle.getBundle("io.quartier.ui.messages", reader);
        Font plain = new Font(TEXT, 9);
        Font bold = new Font(TEXT, 9, Font.BOLD);
        var payout = statement.payout();
        String heading = MessageFormat.format(msg.getString("merchant.statements.pdfHeading"),
                String.valueOf(payout.id()));
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
            span(table, heading, new Font(TEXT, 14, Font.BOLD));
            span(table, msg.getString("merchant.statements.period") + " " + payout.from() + " – " + payout.to()
                    + " · " + msg.getString("merchant.statements.paidAt") + " "
                    + Formats.dateTime(payout.paidAt(), ZoneOffset.UTC, reader), plain);
            for (String column : new String[] {"date", "order", "entry", "account", "amount"}) {
                table.addCell(cell(msg.getString("merchant.statements." + column), bold, Element.ALIGN_LEFT));
            }
            for (PayoutStatement.Line line : statement.lines()) {
                table.addCell(cell(Formats.dateTime(line.occurredAt(), ZoneOffset.UTC, reader), plain, Element.ALIGN_LEFT));
                table.addCell(cell(line.orderReference(), plain, Element.ALIGN_LEFT));
                table.addCell(cell(msg.getString("enum.EntryKind." + line.kind()), plain, Element.ALIGN_LEFT));
                table.addCell(cell(msg.getString("enum.AccountType." + line.account()), plain, Element.ALIGN_LEFT));
                table.addCell(cell(Money.of(line.amountMinor(), payout.currency()).format(reader), plain,
                        Element.ALIGN_RIGHT));
            }
            PdfPCell total = cell(msg.getString("merchant.statements.total"), bold, Element.ALIGN_LEFT);
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

    /** The font's bytes read once from the webapp (OpenPDF then subsets what a statement uses). */
    private static BaseFont font() {
        try (InputStream in = Objects.requireNonNull(StatementPdf.class.getResourceAsStream(FONT), FONT)) {
            byte[] ttf = in.readAllBytes();
            return BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, ttf, null);
        } catch (IOException e) {
            throw new UncheckedIOException("the font " + FONT + " could not be read", e);
        }
    }
}
