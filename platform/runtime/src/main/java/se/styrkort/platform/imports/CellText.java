package se.styrkort.platform.imports;

import java.math.BigDecimal;

/** The text of one cell of an import, and numbers the way Swedish spreadsheets write them. */
public final class CellText {

    private CellText() {
    }

    /** The cell's text without surrounding blanks; null for an empty cell. */
    public static String text(String cell) {
        return cell == null || cell.isBlank() ? null : cell.strip();
    }

    /** {@code 87,5}, {@code 87.5}, {@code -1 234,50} and a Unicode minus all read as numbers. */
    public static BigDecimal decimal(String field, String cell) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        String plain = text.replaceAll("[\\s\\u00A0\\u202F]", "").replace('\u2212', '-');
        int comma = plain.lastIndexOf(',');
        int point = plain.lastIndexOf('.');
        if (comma > point) {
            plain = plain.replace(".", "").replace(',', '.');
        } else if (comma >= 0) {
            plain = plain.replace(",", "");
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new BadCell(field, "'" + text + "' is not a number");
        }
    }
}
