package se.styrkort.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void textThatASpreadsheetWouldRunIsNeutralised() {
        assertEquals("'=HYPERLINK(\"http://x\")", CsvCells.text("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1+2", CsvCells.cell("+1+2"));
        assertEquals("'-2+3", CsvCells.cell("-2+3"));
        assertEquals("'@SUM(A1)", CsvCells.cell("@SUM(A1)"));
        assertEquals("'\tx", CsvCells.cell("\tx"));
        assertEquals("'\rx", CsvCells.cell("\rx"));
        assertEquals("Sjukfrånvaron = 4,5 %", CsvCells.cell("Sjukfrånvaron = 4,5 %"));
        assertEquals("", CsvCells.cell(null));
        assertEquals("", CsvCells.text(""));
    }

    @Test
    void numbersStayNumbers() {
        assertEquals("-1234.50", CsvCells.cell(new BigDecimal("-1234.50")));
        assertEquals("20.00", CsvCells.cell(new BigDecimal("20.00")));
        assertEquals("1000000", CsvCells.cell(new BigDecimal("1E+6")));
        assertEquals("-3", CsvCells.cell(-3));
        assertEquals("-0.5", CsvCells.cell(-0.5d));
        UUID id = UUID.randomUUID();
        assertEquals(id.toString(), CsvCells.cell(id));
    }
}
