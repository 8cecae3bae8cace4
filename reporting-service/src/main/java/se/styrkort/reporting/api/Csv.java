package se.styrkort.reporting.api;

import java.util.List;
import java.util.function.Function;

import se.styrkort.platform.csv.CsvDialect;
import se.styrkort.platform.csv.CsvWriter;


/**
 * A list as CSV for BI tools: a header row of stable snake_case column names, then one row per
 * item; numbers without thousands separators, with the dialect's decimal separator; empty for no
 * value. The dialect and the cells are the platform's {@link CsvWriter}.
 */
public final class Csv {

    public static final String MEDIA_TYPE = CsvWriter.MEDIA_TYPE;

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

    public static <T> String write(List<Column<T>> columns, List<T> rows, CsvDialect dialect) {
        return CsvWriter.write(dialect, csv -> {
            csv.header(columns.stream().map(Column::name).toList());
            for (T row : rows) {
                for (Column<T> c : columns) {
                    csv.cell(c.value().apply(row));
                }
                csv.endRow();
            }
        });
    }
}
