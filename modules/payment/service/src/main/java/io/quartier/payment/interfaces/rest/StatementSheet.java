package io.quartier.payment.interfaces.rest;

import io.quartier.payment.api.PayoutStatement;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * A payout statement as a CSV sheet: a header row, one row per journal entry paid, and a total row; amounts as
 * decimals in the payout's currency (a point, no grouping), instants in ISO UTC.
 */
final class StatementSheet {

    static final String HEADER = "payout,payee_type,payee_id,period_from,period_to,entry,kind,order,occurred_at,"
            + "account,amount,currency";

    private StatementSheet() {
    }

    static String csv(PayoutStatement statement) {
        var payout = statement.payout();
        int digits = Currency.getInstance(payout.currency()).getDefaultFractionDigits();
        String start = String.join(",", String.valueOf(payout.id()), payout.payeeType(),
                String.valueOf(payout.payeeId()), payout.from().toString(), payout.to().toString());
        StringBuilder sheet = new StringBuilder(HEADER).append("\r\n");
        for (PayoutStatement.Line line : statement.lines()) {
            sheet.append(String.join(",", start, cell(line.entryKey()), line.kind(), cell(line.orderReference()),
                    line.occurredAt().toString(), line.account(), decimal(line.amountMinor(), digits),
                    payout.currency())).append("\r\n");
        }
        sheet.append(String.join(",", start, "total", "", "", "", "", decimal(payout.amountMinor(), digits),
                payout.currency())).append("\r\n");
        return sheet.toString();
    }

    private static String decimal(long minor, int digits) {
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }

    /** A text cell, quoted when it holds a comma, quote or line break (and never read as a formula). */
    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return safe.matches(".*[,\"\r\n].*") ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
