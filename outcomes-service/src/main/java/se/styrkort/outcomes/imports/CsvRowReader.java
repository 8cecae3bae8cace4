package se.styrkort.outcomes.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

import se.styrkort.outcomes.domain.MeasurementInput;
import se.styrkort.platform.imports.CellText;
import se.styrkort.platform.imports.CsvRows;
import se.styrkort.platform.imports.RowReader;
import se.styrkort.platform.problem.ProblemException;

/**
 * The CSV form of a measurement import, read with the platform's {@link CsvRows}: the columns are
 * named as the JSON fields, in any order and case; Kolada's T, K, M stand for total, women, men.
 */
final class CsvRowReader implements CsvRows.Mapping<ImportRow> {

    /** Each field and the header names that mean it. */
    private static final Map<String, List<String>> COLUMNS = Map.ofEntries(
            Map.entry("indicatorId", List.of("indicatorid")),
            Map.entry("orgUnitId", List.of("orgunitid")),
            Map.entry("period", List.of("period")),
            Map.entry("valueKind", List.of("valuekind")),
            Map.entry("total", List.of("total", "t", "value")),
            Map.entry("women", List.of("women", "k")),
            Map.entry("men", List.of("men", "m")),
            Map.entry("sourceSystem", List.of("sourcesystem", "source")),
            Map.entry("externalRowId", List.of("externalrowid")),
            Map.entry("activityState", List.of("activitystate", "state")),
            Map.entry("unitOfMeasure", List.of("unitofmeasure", "unit")));

    private CsvRowReader() {
    }

    static RowReader<ImportRow> open(InputStream in, Charset charset) throws IOException {
        CsvRows rows = new CsvRows(in, charset, COLUMNS).require(List.of("indicatorId", "orgUnitId", "period"));
        if (!rows.has("total") && !rows.has("women") && !rows.has("men") && !rows.has("activityState")) {
            rows.close();
            throw ProblemException.badField("header",
                    "the header row has none of the columns total (T), women (K), men (M), activityState");
        }
        return rows.as(new CsvRowReader());
    }

    @Override
    public ImportRow read(CsvRows.Row row) {
        ImportRow.Refs refs = new ImportRow.Refs("indicatorId", CellText.text(row.cell("indicatorId")), "orgUnitId",
                CellText.text(row.cell("orgUnitId")));
        return ImportRow.read(row.number(), new MeasurementInput(null, null,
                CellText.text(row.cell("period")),
                Cells.valueKind("valueKind", row.cell("valueKind")),
                CellText.decimal("total", row.cell("total")),
                CellText.decimal("women", row.cell("women")),
                CellText.decimal("men", row.cell("men")),
                CellText.text(row.cell("sourceSystem")),
                CellText.text(row.cell("externalRowId")),
                Cells.activityState("activityState", row.cell("activityState")),
                CellText.text(row.cell("unitOfMeasure"))), refs);
    }

    @Override
    public ImportRow unreadable(long number, String reason) {
        return ImportRow.unreadable(number, reason);
    }
}
