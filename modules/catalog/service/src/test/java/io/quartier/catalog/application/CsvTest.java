package io.quartier.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsQuotedFieldsWithSeparatorsAndQuotesInside() {
        assertEquals(List.of("101", "Soupe \"maison\", gratinée", "8.90"),
                Csv.fields("101,\"Soupe \"\"maison\"\", gratinée\",8.90", ','));
    }

    @Test
    void aSpreadsheetSavedInFrenchUsesSemicolonsAndIsRecognisedByItsHeader() {
        assertEquals(';', Csv.separatorOf("product_id;store_id;name;price;currency;stock;available"));
        assertEquals(',', Csv.separatorOf("product_id,store_id,name,price"));
        assertEquals(List.of("101", "8,90"), Csv.fields("101;8,90", ';'));
    }

    @Test
    void linesDropTheByteOrderMarkAndTrailingBlankLinesButKeepNumbering() {
        assertEquals(List.of("a,b", "", "c,d"), Csv.lines("\uFEFFa,b\r\n\r\nc,d\r\n\r\n"));
    }

    @Test
    void anUnclosedQuoteIsAnErrorNotAGuess() {
        assertThrows(IllegalArgumentException.class, () -> Csv.fields("101,\"open", ','));
    }

    @Test
    void writingQuotesOnlyWhatNeedsIt() {
        String line = Csv.line(List.of("101", "Bœuf, carottes", "say \"hi\"", ""), ',');

        assertEquals("101,\"Bœuf, carottes\",\"say \"\"hi\"\"\",", line);
        assertEquals(List.of("101", "Bœuf, carottes", "say \"hi\"", ""), Csv.fields(line, ','));
    }
}
