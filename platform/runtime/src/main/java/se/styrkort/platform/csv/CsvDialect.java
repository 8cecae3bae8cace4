package se.styrkort.platform.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;

import se.styrkort.platform.problem.ProblemException;

/**
 * How a CSV export is written, chosen with {@code ?dialect=}: RFC 4180 for programs (the default),
 * or what Swedish Excel opens with a double-click. Both end records with CRLF and are UTF-8.
 */
public enum CsvDialect {

    /** Comma separated, decimal point, UTF-8 without a byte order mark. */
    RFC4180("rfc4180", ',', '.', false),

    /**
     * Semicolon separated, decimal comma, UTF-8 with a byte order mark: without the mark Excel reads
     * the file as Windows-1252, and with a comma it puts every row in one column.
     */
    EXCEL_SV("excel-sv", ';', ',', true);

    public static final String PARAMETER = "dialect";

    public final String parameter;
    public final char delimiter;
    public final char decimalSeparator;
    public final boolean byteOrderMark;

    CsvDialect(String parameter, char delimiter, char decimalSeparator, boolean byteOrderMark) {
        this.parameter = parameter;
        this.delimiter = delimiter;
        this.decimalSeparator = decimalSeparator;
        this.byteOrderMark = byteOrderMark;
    }

    /** The values {@code ?dialect=} takes, for messages and API documentation. */
    public static List<String> parameters() {
        return Arrays.stream(values()).map(d -> d.parameter).toList();
    }

    /**
     * The dialect a request's {@code dialect} parameter names: {@link #RFC4180} when it names none,
     * a 400 problem on the field {@code dialect} when it names one that does not exist.
     */
    public static CsvDialect ofParameter(String value) {
        if (value == null || value.isBlank()) {
            return RFC4180;
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (CsvDialect d : values()) {
            if (d.parameter.equals(wanted)) {
                return d;
            }
        }
        throw ProblemException.badField(PARAMETER, "must be one of " + parameters());
    }

    CSVFormat format() {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get();
    }
}
