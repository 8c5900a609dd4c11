package io.quartier.shop.view.orders;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.quartier.kernel.document.PdfFonts;
import io.quartier.shop.view.price.PriceSummary;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A receipt as a PDF (OpenPDF), in the reader's language: every word from the shared bundle, right to left for Arabic.
 * The text is set in DejaVu Sans, embedded, which has Latin, Greek, Cyrillic and Arabic glyphs; OpenPDF joins Arabic
 * letters when a cell runs right to left. The document's title names the order, so a search finds it.
 */
public final class ReceiptPdf {

    private static final String BUNDLE = "io.quartier.ui.messages";
    private static final BaseFont TEXT = PdfFonts.text();

    private ReceiptPdf() {
    }

    public static byte[] render(Receipt receipt, Locale reader) {
        ResourceBundle msg = ResourceBundle.getBundle(BUNDLE, reader);
        int direction = "ar".equals(reader.getLanguage()) ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
        Font body = new Font(TEXT, 10);
        Font strong = new Font(TEXT, 10, Font.BOLD);
        Font title = new Font(TEXT, 16, Font.BOLD);
        OrderRow order = receipt.getOrder();
        String heading = MessageFormat.format(msg.getString("shop.receipt.heading"), String.valueOf(order.getId()));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, pdf);
            document.addTitle(heading);
            document.open();

            PdfPTable head = table(direction, 1);
            head.addCell(cell(heading, title));
            head.addCell(cell(order.getStoreName(), strong));
            head.addCell(cell(receipt.getStoreAddress(), body));
            head.addCell(cell(msg.getString("shop.receipt.order") + " " + order.getId(), body));
            head.addCell(cell(msg.getString("shop.receipt.date") + " " + order.getPlacedAt(), body));
            head.addCell(cell(msg.getString("shop.receipt.deliveredTo") + " " + order.getDeliveryAddress(), body));
            document.add(head);

            PdfPTable lines = table(direction, 4);
            lines.setWidths(new float[] {5, 1, 2, 2});
            for (String column : new String[] {"shop.receipt.product", "shop.receipt.quantity", "shop.receipt.unitPrice",
                    "shop.receipt.amount"}) {
                lines.addCell(cell(msg.getString(column), strong));
            }
            for (OrderRow.LineRow line : order.getLines()) {
                lines.addCell(cell(line.getName(), body));
                lines.addCell(cell(String.valueOf(line.getQuantity()), body));
                lines.addCell(cell(line.getUnitPrice(), body));
                lines.addCell(cell(line.getAmount(), body));
            }
            document.add(lines);

            PriceSummary price = receipt.getPrice();
            PdfPTable sums = table(direction, 2);
            sums.setWidths(new float[] {8, 2});
            row(sums, msg.getString("shop.price.subtotal"), price.getSubtotal(), body);
            row(sums, msg.getString("shop.price.deliveryFee"), price.getDeliveryFee(), body);
            row(sums, msg.getString("shop.price.tip"), price.getTip(), body);
            for (PriceSummary.OfferRow discount : price.getDiscounts()) {
                row(sums, discount.name(), discount.amount(), body);
            }
            row(sums, msg.getString("shop.price.total"), price.getTotal(), strong);
            document.add(sums);

            PdfPTable vat = table(direction, 4);
            if (receipt.isVatKnown()) {
                for (String column : new String[] {"shop.receipt.vatRate", "shop.receipt.net", "shop.receipt.vat",
                        "shop.receipt.gross"}) {
                    vat.addCell(cell(msg.getString(column), strong));
                }
                for (PriceSummary.VatRow row : price.getVat()) {
                    vat.addCell(cell(MessageFormat.format(msg.getString("shop.receipt.rate"), row.getRate()), body));
                    vat.addCell(cell(row.getNet(), body));
                    vat.addCell(cell(row.getVat(), body));
                    vat.addCell(cell(row.getGross(), body));
                }
            } else {
                PdfPCell none = cell(msg.getString("shop.receipt.noVat"), body);
                none.setColspan(4);
                vat.addCell(none);
            }
            document.add(vat);
            PdfPTable foot = table(direction, 1);
            foot.addCell(cell(msg.getString("shop.receipt.tipNoVat"), body));
            document.add(foot);
        } catch (DocumentException e) {
            throw new IllegalStateException("receipt of order " + order.getId() + " could not be laid out", e);
        } finally {
            document.close();
        }
        return pdf.toByteArray();
    }

    private static PdfPTable table(int direction, int columns) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setRunDirection(direction);
        table.setSpacingAfter(12);
        return table;
    }

    private static void row(PdfPTable table, String label, String amount, Font font) {
        table.addCell(cell(label, font));
        PdfPCell value = cell(amount, font);
        value.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(value);
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(java.awt.Color.LIGHT_GRAY);
        cell.setPadding(4);
        return cell;
    }
}
