package se.styrkort.outcomes.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.styrkort.outcomes.api.MeasurementInput;
import se.styrkort.platform.imports.BadCell;
import se.styrkort.platform.imports.CellText;
import se.styrkort.platform.imports.CsvHeader;
import se.styrkort.platform.problem.ProblemException;

/**
 * Reads a CSV import: UTF-8 with or without a byte order mark, a header row naming the columns
 * (in any order and case; Kolada's T, K, M stand for total, women, men), {@code ;} or {@code ,}
 * as the header row shows.
 */
final class CsvRowReader implements RowReader {

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

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, String> headerOf;
    private long number;

    CsvRowReader(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = CsvHeader.peek(reader);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiterOf(header)).setHeader()
                .setSkipHeaderRecord(true).setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true).get();
        parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        headerOf = headers(parser.getHeaderNames());
        records = parser.iterator();
    }

    /** The delimiter is whichever of ; and , the header row uses more; a header with neither has one column. */
    private static char delimiterOf(String header) {
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    private static Map<String, String> headers(List<String> names) {
        Map<String, String> headerOf = new java.util.HashMap<>();
        for (String name : names) {
            String key = name.strip().toLowerCase(Locale.ROOT);
            COLUMNS.forEach((field, aliases) -> {
                if (aliases.contains(key)) {
                    headerOf.putIfAbsent(field, name);
                }
            });
        }
        for (String required : List.of("indicatorId", "orgUnitId", "period")) {
            if (!headerOf.containsKey(required)) {
                throw ProblemException.badField("header", "the header row has no column " + required);
            }
        }
        if (!headerOf.containsKey("total") && !headerOf.containsKey("women") && !headerOf.containsKey("men")
                && !headerOf.containsKey("activityState")) {
            throw ProblemException.badField("header",
                    "the header row has none of the columns total (T), women (K), men (M), activityState");
        }
        return headerOf;
    }

    @Override
    public ImportRow next() {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            throw ProblemException.badField("body", "the CSV is malformed after data row " + number + ": "
                    + e.getCause().getMessage());
        }
        number++;
        if (!record.isConsistent()) {
            return ImportRow.unreadable(number, "has " + record.size() + " fields, the header row "
                    + parser.getHeaderNames().size());
        }
        try {
            ImportRow.Refs refs = new ImportRow.Refs("indicatorId", CellText.text(cell(record, "indicatorId")),
                    "orgUnitId", CellText.text(cell(record, "orgUnitId")));
            return ImportRow.read(number, new MeasurementInput(null, null,
                    CellText.text(cell(record, "period")),
                    Cells.valueKind("valueKind", cell(record, "valueKind")),
                    CellText.decimal("total", cell(record, "total")),
                    CellText.decimal("women", cell(record, "women")),
                    CellText.decimal("men", cell(record, "men")),
                    CellText.text(cell(record, "sourceSystem")),
                    CellText.text(cell(record, "externalRowId")),
                    Cells.activityState("activityState", cell(record, "activityState")),
                    CellText.text(cell(record, "unitOfMeasure"))), refs);
        } catch (BadCell e) {
            return ImportRow.unreadable(number, e.getMessage());
        }
    }

    private String cell(CSVRecord record, String field) {
        return CellText.checked(field, Optional.ofNullable(headerOf.get(field)).filter(record::isSet).map(record::get).orElse(null));
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
