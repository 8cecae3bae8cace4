package se.styrkort.reporting.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.styrkort.platform.api.CsvCells;

/**
 * A list as CSV for BI tools: a header row of stable snake_case column names, then one row per
 * item; decimals with a point, no thousands separator; empty for no value. A text that a spreadsheet
 * would take for a formula is neutralised (platform api/CsvCells); numbers stay numbers.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    /** One column: its stable name and how an item gives its value. */
    public record Column<T>(String name, Function<T, Object> value) {
    }

    @SafeVarargs
    public static <T> List<Column<T>> columns(Column<T>... columns) {
        return List.of(columns);
    }

    public static <T> Column<T> column(String name, Function<T, Object> value) {
        return new Column<>(name, value);
    }

    private Csv() {
    }

    public static <T> String write(List<Column<T>> columns, List<T> rows) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(columns.stream().map(Column::name).toArray(String[]::new))
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (T row : rows) {
                for (Column<T> c : columns) {
                    Object v = c.value().apply(row);
                    printer.print(CsvCells.cell(v));
                }
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
