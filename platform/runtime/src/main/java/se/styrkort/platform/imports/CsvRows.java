package se.styrkort.platform.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.styrkort.platform.problem.ProblemException;

/**
 * The rows of a CSV import, read one at a time with Commons CSV: in the charset given (a UTF-8 byte
 * order mark is skipped and wins, see {@link ImportCharset}), a header row naming the columns in
 * any order and case, {@code ;} or {@code ,} as the header row shows. A service names its fields
 * and the header names that mean each; it reads each row's cells by field.
 */
public final class CsvRows implements RowReader<CsvRows.Row> {

    /**
     * One data row: its 1-based number (the header is not counted) and its cells by field, or why
     * it cannot be read at all.
     */
    public static final class Row {

        private final long number;
        private final CSVRecord record;
        private final Map<String, String> headerOf;
        private final String unreadable;

        private Row(long number, CSVRecord record, Map<String, String> headerOf, String unreadable) {
            this.number = number;
            this.record = record;
            this.headerOf = headerOf;
            this.unreadable = unreadable;
        }

        public long number() {
            return number;
        }

        /** Why the row cannot be read (it has another number of fields than the header), or null. */
        public String unreadable() {
            return unreadable;
        }

        /** The cell of a field, as written (trimmed); null where the header has no such column or the row ends before it. */
        public String cell(String field) {
            return Optional.ofNullable(headerOf.get(field)).filter(record::isSet).map(record::get).orElse(null);
        }
    }

    /** How a service's rows are made of the CSV rows. */
    public interface Mapping<R> {

        /** The row of the service's import; a {@link BadCell} makes it unreadable, alone. */
        R read(Row row);

        /** A row that cannot be read, and why. */
        R unreadable(long number, String reason);
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, String> headerOf;
    private long number;

    /**
     * @param columns each field and the header names, in lower case, that mean it
     */
    public CsvRows(InputStream in, Charset charset, Map<String, List<String>> columns) throws IOException {
        BufferedInputStream bytes = ImportCharset.buffered(in);
        Charset actual = ImportCharset.skipByteOrderMark(bytes, charset);
        BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, actual));
        String header = CsvHeader.peek(reader);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiterOf(header)).setHeader()
                .setSkipHeaderRecord(true).setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true).get();
        parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        headerOf = headers(parser.getHeaderNames(), columns);
        records = parser.iterator();
    }

    /** The delimiter is whichever of ; and , the header row uses more; a header with neither has one column. */
    static char delimiterOf(String header) {
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    private static Map<String, String> headers(List<String> names, Map<String, List<String>> columns) {
        Map<String, String> headerOf = new HashMap<>();
        for (String name : names) {
            String key = name.strip().toLowerCase(Locale.ROOT);
            columns.forEach((field, aliases) -> {
                if (aliases.contains(key)) {
                    headerOf.putIfAbsent(field, name);
                }
            });
        }
        return headerOf;
    }

    /** Whether the header row has a column for the field. */
    public boolean has(String field) {
        return headerOf.containsKey(field);
    }

    /** A 400 on {@code header} unless the header row has a column for each of the fields. */
    public CsvRows require(List<String> fields) {
        for (String required : fields) {
            if (!has(required)) {
                close();
                throw ProblemException.badField("header", "the header row has no column " + required);
            }
        }
        return this;
    }

    /** These rows as the service's rows. */
    public <R> RowReader<R> as(Mapping<R> mapping) {
        CsvRows rows = this;
        return new RowReader<>() {
            @Override
            public R next() {
                Row row = rows.next();
                if (row == null) {
                    return null;
                }
                if (row.unreadable() != null) {
                    return mapping.unreadable(row.number(), row.unreadable());
                }
                try {
                    return mapping.read(row);
                } catch (BadCell e) {
                    return mapping.unreadable(row.number(), e.getMessage());
                }
            }

            @Override
            public void close() {
                rows.close();
            }
        };
    }

    /** The next row, or null after the last; CSV that cannot be read on (an open quote, say) is a 400. */
    @Override
    public Row next() {
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
        String unreadable = record.isConsistent() ? null
                : "has " + record.size() + " fields, the header row " + parser.getHeaderNames().size();
        return new Row(number, record, headerOf, unreadable);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
