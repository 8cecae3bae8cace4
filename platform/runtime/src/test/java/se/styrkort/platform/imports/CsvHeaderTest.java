package se.styrkort.platform.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import se.styrkort.platform.problem.ProblemException;

class CsvHeaderTest {

    @Test
    void theHeaderIsPeekedAndTheReaderLeftAtItsStart() throws Exception {
        BufferedReader reader = new BufferedReader(new StringReader("\uFEFFindicatorId;period\nx;2022\n"));
        assertEquals("indicatorId;period", CsvHeader.peek(reader));
        assertEquals("indicatorId;period", reader.readLine());
    }

    @Test
    void aHeaderOfAHundredThousandColumnsIsABadRequest() {
        String wide = "a;".repeat(100_000) + "b\n1;2\n";
        ProblemException e = assertThrows(ProblemException.class,
                () -> CsvHeader.peek(new BufferedReader(new StringReader(wide))));
        assertEquals(400, e.toProblem().status());
        assertEquals("header", e.toProblem().violations().get(0).field());
        String manyShort = ";".repeat(5000) + "\n";
        assertThrows(ProblemException.class, () -> CsvHeader.peek(new BufferedReader(new StringReader(manyShort))));
        assertThrows(ProblemException.class, () -> CsvHeader.peek(new BufferedReader(new StringReader(""))));
    }

    @Test
    void aHugeNumberInACellIsABadCellAtOnce() {
        long start = System.nanoTime();
        BadCell e = assertThrows(BadCell.class, () -> CellText.decimal("total", "1" + "0".repeat(300_000)));
        assertTrue(System.nanoTime() - start < 100_000_000L);
        assertTrue(e.getMessage().startsWith("total: "), e.getMessage());
        assertTrue(e.getMessage().length() < 200, "the report does not repeat the cell");
        assertThrows(BadCell.class, () -> CellText.decimal("total", "1e400"));
        assertEquals(new BigDecimal("-1234.5"), CellText.decimal("total", "\u22121 234,5"));
        assertThrows(BadCell.class, () -> CellText.checked("externalRowId", "a\u0000b"));
    }
}
