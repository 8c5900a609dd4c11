package io.quartier.payment.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.payment.api.PayoutStatement;
import io.quartier.payment.api.PayoutView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSheetTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-27");
    static final Instant AT = Instant.parse("2026-11-27T12:00:00Z");

    @Test
    void listsEachEntryWithItsAmountInTheCurrencysDecimalsAndATotal() {
        String csv = StatementSheet.csv(new PayoutStatement(new PayoutView(51, "COURIER", 3, "EUR", DAY, DAY, 349, AT, 3),
                List.of(new PayoutStatement.Line("capture:7", "CAPTURE", "7", AT, "COURIER_PAYABLE", 249),
                        new PayoutStatement.Line("capture:7", "CAPTURE", "7", AT, "TIPS", 200),
                        new PayoutStatement.Line("refund:9", "REFUND", "7", AT, "TIPS", -100))));

        assertEquals(List.of(StatementSheet.HEADER,
                "51,COURIER,3,2026-11-27,2026-11-27,capture:7,CAPTURE,7,2026-11-27T12:00:00Z,COURIER_PAYABLE,2.49,EUR",
                "51,COURIER,3,2026-11-27,2026-11-27,capture:7,CAPTURE,7,2026-11-27T12:00:00Z,TIPS,2.00,EUR",
                "51,COURIER,3,2026-11-27,2026-11-27,refund:9,REFUND,7,2026-11-27T12:00:00Z,TIPS,-1.00,EUR",
                "51,COURIER,3,2026-11-27,2026-11-27,total,,,,,3.49,EUR"), csv.lines().toList());
    }

    @Test
    void aTextCellIsNeverReadAsAFormulaAndKeepsItsCommasAndQuotes() {
        String csv = StatementSheet.csv(new PayoutStatement(new PayoutView(1, "MERCHANT", 2, "JPY", DAY, DAY, 500, AT, 1),
                List.of(new PayoutStatement.Line("capture:1", "CAPTURE", "=HYPERLINK(\"x\",1)", AT, "MERCHANT_PAYABLE",
                        500))));

        assertEquals("1,MERCHANT,2,2026-11-27,2026-11-27,capture:1,CAPTURE,\"'=HYPERLINK(\"\"x\"\",1)\","
                + "2026-11-27T12:00:00Z,MERCHANT_PAYABLE,500,JPY", csv.lines().toList().get(1));
    }
}
