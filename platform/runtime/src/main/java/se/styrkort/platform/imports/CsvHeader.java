package se.styrkort.platform.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;

import se.styrkort.platform.problem.Problem;
import se.styrkort.platform.problem.ProblemException;

/**
 * The header row of a CSV import, read ahead and bounded: a header of more than
 * {@value #MAX_LENGTH} characters or {@value #MAX_COLUMNS} columns is refused with 400 before a CSV
 * parser is given it (no import has more than a dozen columns).
 */
public final class CsvHeader {

    public static final int MAX_LENGTH = 8192;
    public static final int MAX_COLUMNS = 200;

    private static final char BOM = '\uFEFF';

    private CsvHeader() {
    }

    /**
     * Skips a byte order mark and answers the header row, leaving the reader at its start for the
     * CSV parser. Refuses a missing, too long or too wide header.
     */
    public static String peek(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
        reader.mark(MAX_LENGTH + 2);
        StringBuilder header = new StringBuilder();
        int c = reader.read();
        while (c != -1 && c != '\n' && c != '\r') {
            if (header.length() == MAX_LENGTH) {
                throw refused("the header row is longer than " + MAX_LENGTH + " characters");
            }
            header.append((char) c);
            c = reader.read();
        }
        reader.reset();
        String line = header.toString();
        if (line.isBlank()) {
            throw ProblemException.badField("body", "a CSV import starts with a header row naming its columns");
        }
        long columns = 1 + Math.max(line.chars().filter(ch -> ch == ';').count(), line.chars().filter(ch -> ch == ',').count());
        if (columns > MAX_COLUMNS) {
            throw refused("the header row has " + columns + " columns, at most " + MAX_COLUMNS + " are read");
        }
        return line;
    }

    private static ProblemException refused(String message) {
        return new ProblemException(400, "Bad Request", "The CSV header row cannot be read",
                List.of(new Problem.Violation("header", message)));
    }
}
