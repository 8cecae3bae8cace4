package se.styrkort.platform.imports;

import java.math.BigDecimal;

import se.styrkort.platform.http.Numbers;
import se.styrkort.platform.http.Texts;

/** The text of one cell of an import, and numbers the way Swedish spreadsheets write them. */
public final class CellText {

    private CellText() {
    }

    /** The cell's text without surrounding blanks; null for an empty cell. */
    public static String text(String cell) {
        return cell == null || cell.isBlank() ? null : cell.strip();
    }

    /** The cell as it is, refused when it has a NUL or another control character (see {@link Texts}). */
    public static String checked(String field, String cell) {
        String refusal = cell == null ? null : Texts.refusal(cell);
        if (refusal != null) {
            throw new BadCell(field, refusal);
        }
        return cell;
    }

    /** The longest cell read as a number: a longer one is refused before it is parsed. */
    public static final int MAX_NUMBER_LENGTH = 64;

    /**
     * {@code 87,5}, {@code 87.5}, {@code -1 234,50} and a Unicode minus all read as numbers; one no
     * column or event consumer can hold (see {@link Numbers}) is refused.
     */
    public static BigDecimal decimal(String field, String cell) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_NUMBER_LENGTH) {
            throw new BadCell(field, "a number of more than " + MAX_NUMBER_LENGTH + " characters");
        }
        String plain = text.replaceAll("[\\s\\u00A0\\u202F]", "").replace('\u2212', '-');
        int comma = plain.lastIndexOf(',');
        int point = plain.lastIndexOf('.');
        if (comma > point) {
            plain = plain.replace(".", "").replace(',', '.');
        } else if (comma >= 0) {
            plain = plain.replace(",", "");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new BadCell(field, "'" + text + "' is not a number");
        }
        String refusal = Numbers.refusal(value);
        if (refusal != null) {
            throw new BadCell(field, "'" + text + "' " + refusal);
        }
        return value;
    }
}
