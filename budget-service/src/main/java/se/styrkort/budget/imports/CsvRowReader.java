package se.styrkort.budget.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.styrkort.budget.domain.ActualInput;
import se.styrkort.platform.imports.BadCell;
import se.styrkort.platform.imports.CellText;
import se.styrkort.platform.problem.ProblemException;

/**
 * Reads a CSV import of actuals: UTF-8 with or without a byte order mark, a header row naming the
 * columns in any order and case, {@code ;} or {@code ,} as the header row shows. The month is
 * given as {@code year} and {@code month}, or as one {@code period} such as {@code 2022-08}.
 */
final class CsvRowReader implements RowReader {

    private static final char BOM = '\uFEFF';
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})-(\\d{1,2})");

    /** Each field and the header names that mean it. */
    private static final Map<String, List<String>> COLUMNS = Map.of(
            "orgUnitId", List.of("orgunitid"),
            "year", List.of("year"),
            "month", List.of("month"),
            "period", List.of("period"),
            "category", List.of("category"),
            "amount", List.of("amount"));

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, String> headerOf;
    private long number;

    CsvRowReader(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
        reader.mark(1 << 16);
        String header = reader.readLine();
        reader.reset();
        if (header == null || header.isBlank()) {
            throw ProblemException.badField("body", "a CSV import starts with a header row naming its columns");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiterOf(header)).setHeader()
                .setSkipHeaderRecord(true).setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true).get();
        parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        headerOf = headers(parser.getHeaderNames());
        records = parser.iterator();
    }

    /** The delimiter is whichever of ; and , the header row uses more. */
    private static char delimiterOf(String header) {
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    private static Map<String, String> headers(List<String> names) {
        Map<String, String> headerOf = new HashMap<>();
        for (String name : names) {
            String key = name.strip().toLowerCase(Locale.ROOT);
            COLUMNS.forEach((field, aliases) -> {
                if (aliases.contains(key)) {
                    headerOf.putIfAbsent(field, name);
                }
            });
        }
        for (String required : List.of("orgUnitId", "category", "amount")) {
            if (!headerOf.containsKey(required)) {
                throw ProblemException.badField("header", "the header row has no column " + required);
            }
        }
        if (!headerOf.containsKey("period") && !(headerOf.containsKey("year") && headerOf.containsKey("month"))) {
            throw ProblemException.badField("header", "the header row needs the columns year and month, or period");
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
            Integer year = Cells.integer("year", cell(record, "year"));
            Integer month = Cells.integer("month", cell(record, "month"));
            String period = CellText.text(cell(record, "period"));
            if (period != null) {
                Matcher m = PERIOD.matcher(period);
                if (!m.matches()) {
                    throw new BadCell("period", "'" + period + "' is not a month such as 2022-08");
                }
                year = Integer.valueOf(m.group(1));
                month = Integer.valueOf(m.group(2));
            }
            return ImportRow.read(number, new ActualInput(Cells.uuid("orgUnitId", cell(record, "orgUnitId")), year,
                    month, Cells.category("category", cell(record, "category")),
                    CellText.decimal("amount", cell(record, "amount"))));
        } catch (BadCell e) {
            return ImportRow.unreadable(number, e.getMessage());
        }
    }

    private String cell(CSVRecord record, String field) {
        return Optional.ofNullable(headerOf.get(field)).filter(record::isSet).map(record::get).orElse(null);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
