package se.styrkort.platform.csv;

import java.math.BigDecimal;

/**
 * A value as the text of a CSV cell that a spreadsheet opens as data, never as a formula (OWASP's
 * CSV injection rule): text starting with {@code = + - @}, a tab or a carriage return gets a single
 * quote in front. Numbers are written as numbers, a negative one with its minus sign: the rule is
 * for text cells.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** A cell of any value: numbers plain ({@code 20.00}, {@code -1234.5}), all else as neutral text. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return text(value.toString());
    }

    /** A text cell: neutralised when a spreadsheet would read it as a formula. */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }
}
