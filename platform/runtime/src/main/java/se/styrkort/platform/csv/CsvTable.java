package se.styrkort.platform.csv;

import java.util.List;
import java.util.function.Function;

/**
 * A list as a CSV table for BI tools and spreadsheets: a header row of stable column names, then
 * one row per item; numbers without thousands separators, with the dialect's decimal separator;
 * empty for no value. Written by {@link CsvWriter}, so its text cells are never read as formulas.
 */
public final class CsvTable {

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

    private CsvTable() {
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
