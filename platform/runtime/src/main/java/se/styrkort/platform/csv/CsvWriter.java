package se.styrkort.platform.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a CSV export in a {@link CsvDialect}: a header row, then rows of cells. Every cell is
 * either text, written as it is, or a number, written with the dialect's decimal separator and no
 * grouping; {@link #text(String)} is the one place a rule for text cells belongs.
 */
public final class CsvWriter implements Flushable, Closeable {

    public static final String MEDIA_TYPE = "text/csv";

    /** The Content-Type of every export; both dialects are UTF-8. */
    public static final String CONTENT_TYPE = MEDIA_TYPE + ";charset=UTF-8";

    private final CsvDialect dialect;
    private final CSVPrinter printer;

    public CsvWriter(Appendable out, CsvDialect dialect) {
        this.dialect = dialect;
        try {
            if (dialect.byteOrderMark) {
                out.append('\uFEFF');
            }
            this.printer = new CSVPrinter(out, dialect.format());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A writer onto a response body, UTF-8 encoded; {@link #flush()} it when done, the stream stays open. */
    public static CsvWriter onto(OutputStream out, CsvDialect dialect) {
        return new CsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), dialect);
    }

    /** The whole export as text, for answers built in memory. */
    public static String write(CsvDialect dialect, Consumer<CsvWriter> rows) {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out, dialect);
        rows.accept(csv);
        csv.flush();
        return out.toString();
    }

    public CsvDialect dialect() {
        return dialect;
    }

    /** The header row: column names, held to the text-cell rule like any text. */
    public CsvWriter header(List<String> names) {
        try {
            printer.printRecord(names.stream().map(CsvCells::text).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A text cell, never read as a formula by a spreadsheet ({@link CsvCells}); null is an empty cell. */
    public CsvWriter text(String value) {
        return print(CsvCells.text(value));
    }

    /** A number cell: plain digits, the dialect's decimal separator, no exponent; null is an empty cell. */
    public CsvWriter number(Number value) {
        if (value == null) {
            return print("");
        }
        String plain = plain(value);
        return print(plain == null ? value.toString() : plain.replace('.', dialect.decimalSeparator));
    }

    /** A cell of any value: numbers as {@link #number(Number)}, everything else as its text. */
    public CsvWriter cell(Object value) {
        if (value instanceof Number n) {
            return number(n);
        }
        return text(value == null ? null : value.toString());
    }

    /** Ends the current row. */
    public CsvWriter endRow() {
        try {
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        flush();
    }

    private CsvWriter print(String cell) {
        try {
            printer.print(cell);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The number's digits with a point, or null for one that has none (NaN, infinity). */
    private static String plain(Number value) {
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof BigInteger || value instanceof Long || value instanceof Integer
                || value instanceof Short || value instanceof Byte) {
            return value.toString();
        }
        double d = value.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return null;
        }
        return BigDecimal.valueOf(d).toPlainString();
    }
}
