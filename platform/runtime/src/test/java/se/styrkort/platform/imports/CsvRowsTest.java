package se.styrkort.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.styrkort.platform.problem.ProblemException;

/** The rows of a CSV import: charset, byte order mark, delimiter, header names and rows that do not fit. */
class CsvRowsTest {

    static final Map<String, List<String>> COLUMNS = Map.of("unit", List.of("unit", "enhet"), "total", List.of("total", "t"),
            "name", List.of("name"));

    static CsvRows rows(byte[] body, Charset charset) throws IOException {
        return new CsvRows(new ByteArrayInputStream(body), charset, COLUMNS);
    }

    static List<CsvRows.Row> all(CsvRows rows) {
        List<CsvRows.Row> all = new ArrayList<>();
        for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
            all.add(row);
        }
        return all;
    }

    @Test
    void theHeaderRowsDelimiterAndNamesInAnyCase() throws IOException {
        List<CsvRows.Row> semicolons = all(rows("Enhet;T\nHSN;87,5\n\nRS;1\n".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8));
        assertThat(semicolons).extracting(r -> r.cell("unit")).containsExactly("HSN", "RS");
        assertThat(semicolons).extracting(r -> r.cell("total")).containsExactly("87,5", "1");
        assertThat(semicolons).extracting(CsvRows.Row::number).containsExactly(1L, 2L);
        List<CsvRows.Row> commas = all(rows("unit,total\n\"HSN; nord\",  2 \n".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8));
        assertThat(commas.get(0).cell("unit")).isEqualTo("HSN; nord");
        assertThat(commas.get(0).cell("total")).isEqualTo("2");
        assertThat(commas.get(0).cell("name")).isNull();
    }

    @Test
    void aByteOrderMarkIsSkippedAndMeansUtf8() throws IOException {
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        byte[] text = "unit;name\nHSN;Hälso- och sjukvårdsnämnden\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, body, 0, bom.length);
        System.arraycopy(text, 0, body, bom.length, text.length);
        CsvRows rows = rows(body, ImportCharset.of("windows-1252"));
        assertThat(rows.has("unit")).isTrue();
        assertThat(rows.next().cell("name")).isEqualTo("Hälso- och sjukvårdsnämnden");
    }

    @Test
    void windows1252IsReadWhenTheContentTypeSaysSo() throws IOException {
        byte[] body = "unit;name\nHSN;Hälso- och sjukvårdsnämnden – Östersund\n".getBytes(Charset.forName("windows-1252"));
        assertThat(rows(body, ImportCharset.of("windows-1252")).next().cell("name"))
                .isEqualTo("Hälso- och sjukvårdsnämnden – Östersund");
        assertThat(rows(body, ImportCharset.of(null)).next().cell("name")).isNotEqualTo(
                "Hälso- och sjukvårdsnämnden – Östersund");
    }

    @Test
    void aRowWithAnotherNumberOfFieldsIsUnreadableAlone() throws IOException {
        List<CsvRows.Row> rows = all(rows("unit;total\nHSN;1;2\nRS;3\n".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8));
        assertThat(rows.get(0).unreadable()).isEqualTo("has 3 fields, the header row 2");
        assertThat(rows.get(1).unreadable()).isNull();
    }

    @Test
    void aMissingHeaderOrColumnIsA400() {
        assertThat(violation(() -> rows(new byte[0], StandardCharsets.UTF_8)))
                .isEqualTo("body: a CSV import starts with a header row naming its columns");
        assertThat(violation(() -> rows("unit\nHSN\n".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                .require(List.of("unit", "total")))).isEqualTo("header: the header row has no column total");
    }

    static String violation(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        try {
            call.call();
        } catch (ProblemException e) {
            var v = e.toProblem().violations().get(0);
            return v.field() + ": " + v.message();
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no problem");
    }

    @Test
    void anUnclosedQuoteStopsTheImport() throws IOException {
        CsvRows rows = rows("unit;total\n\"HSN;1\n".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThatThrownBy(rows::next).isInstanceOf(ProblemException.class);
    }

    @Test
    void theDelimiterIsTheOneTheHeaderUsesMore() {
        assertThat(CsvRows.delimiterOf("a;b;c")).isEqualTo(';');
        assertThat(CsvRows.delimiterOf("a,b;c,d")).isEqualTo(',');
        assertThat(CsvRows.delimiterOf("a")).isEqualTo(',');
    }

    @Test
    void onlyUtf8AndWindows1252AreTaken() {
        assertThat(ImportCharset.of(" UTF-8 ")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(ImportCharset.of("\"cp1252\"")).isEqualTo(Charset.forName("windows-1252"));
        assertThat(ImportCharset.of("ISO-8859-1")).isEqualTo(Charset.forName("windows-1252"));
        assertThatThrownBy(() -> ImportCharset.of("utf-16")).isInstanceOf(ProblemException.class);
    }
}
