package se.styrkort.platform.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.styrkort.platform.problem.ProblemException;

class CsvWriterTest {

    private static byte[] export(CsvDialect dialect) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = CsvWriter.onto(out, dialect);
        csv.header(List.of("enhet", "andel", "antal", "kvot", "kommentar"));
        csv.text("Område Söder; Vård").number(new BigDecimal("4.50")).number(12).number(0.25).text("sa \"nej\"").endRow();
        csv.text(null).number(null).number(-3L).number(new BigDecimal("1E+3")).text("två\nrader").endRow();
        csv.flush();
        return out.toByteArray();
    }

    // Commons CSV quotes an empty first cell, so that the row is not read as an empty line.
    @Test
    void rfc4180IsCommaPointCrlfWithoutBom() {
        byte[] expected = ("enhet,andel,antal,kvot,kommentar\r\n"
                + "Område Söder; Vård,4.50,12,0.25,\"sa \"\"nej\"\"\"\r\n"
                + "\"\",,-3,1000,\"två\nrader\"\r\n").getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, export(CsvDialect.RFC4180));
    }

    @Test
    void excelSvIsBomSemicolonDecimalCommaCrlf() {
        byte[] body = ("enhet;andel;antal;kvot;kommentar\r\n"
                + "\"Område Söder; Vård\";4,50;12;0,25;\"sa \"\"nej\"\"\"\r\n"
                + "\"\";;-3;1000;\"två\nrader\"\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] expected = new byte[body.length + 3];
        expected[0] = (byte) 0xEF;
        expected[1] = (byte) 0xBB;
        expected[2] = (byte) 0xBF;
        System.arraycopy(body, 0, expected, 3, body.length);
        assertArrayEquals(expected, export(CsvDialect.EXCEL_SV));
    }

    @Test
    void theParameterNamesTheDialect() {
        assertEquals(CsvDialect.RFC4180, CsvDialect.ofParameter(null));
        assertEquals(CsvDialect.RFC4180, CsvDialect.ofParameter(" "));
        assertEquals(CsvDialect.RFC4180, CsvDialect.ofParameter("rfc4180"));
        assertEquals(CsvDialect.EXCEL_SV, CsvDialect.ofParameter("Excel-SV"));
        ProblemException e = assertThrows(ProblemException.class, () -> CsvDialect.ofParameter("excel"));
        assertEquals(400, e.toProblem().status());
        assertEquals("dialect", e.toProblem().violations().get(0).field());
    }
}
