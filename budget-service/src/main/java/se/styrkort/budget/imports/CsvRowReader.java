package se.styrkort.budget.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.styrkort.budget.domain.ActualInput;
import se.styrkort.platform.imports.BadCell;
import se.styrkort.platform.imports.CellText;
import se.styrkort.platform.imports.CsvRows;
import se.styrkort.platform.imports.RowReader;
import se.styrkort.platform.problem.ProblemException;

/**
 * The CSV form of an import of actuals, read with the platform's {@link CsvRows}. The month is
 * given as {@code year} and {@code month}, or as one {@code period} such as {@code 2022-08}.
 */
final class CsvRowReader implements CsvRows.Mapping<ImportRow> {

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})-(\\d{1,2})");

    /** Each field and the header names that mean it. */
    private static final Map<String, List<String>> COLUMNS = Map.of(
            "orgUnitId", List.of("orgunitid"),
            "year", List.of("year"),
            "month", List.of("month"),
            "period", List.of("period"),
            "category", List.of("category"),
            "amount", List.of("amount"));

    private CsvRowReader() {
    }

    static RowReader<ImportRow> open(InputStream in, Charset charset) throws IOException {
        CsvRows rows = new CsvRows(in, charset, COLUMNS).require(List.of("orgUnitId", "category", "amount"));
        if (!rows.has("period") && !(rows.has("year") && rows.has("month"))) {
            rows.close();
            throw ProblemException.badField("header", "the header row needs the columns year and month, or period");
        }
        return rows.as(new CsvRowReader());
    }

    @Override
    public ImportRow read(CsvRows.Row row) {
        Integer year = Cells.integer("year", row.cell("year"));
        Integer month = Cells.integer("month", row.cell("month"));
        String period = CellText.text(row.cell("period"));
        if (period != null) {
            Matcher m = PERIOD.matcher(period);
            if (!m.matches()) {
                throw new BadCell("period", "'" + period + "' is not a month such as 2022-08");
            }
            year = Integer.valueOf(m.group(1));
            month = Integer.valueOf(m.group(2));
        }
        return ImportRow.read(row.number(), new ActualInput(Cells.uuid("orgUnitId", row.cell("orgUnitId")), year, month,
                Cells.category("category", row.cell("category")), CellText.decimal("amount", row.cell("amount"))));
    }

    @Override
    public ImportRow unreadable(long number, String reason) {
        return ImportRow.unreadable(number, reason);
    }
}
