package se.styrkort.budget.imports;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;

import se.styrkort.budget.domain.CostCategory;
import se.styrkort.platform.imports.BadCell;

/** Reads the text of one cell as its field's type, the way Swedish spreadsheets write it. */
final class Cells {

    private Cells() {
    }

    static String text(String cell) {
        return cell == null || cell.isBlank() ? null : cell.strip();
    }

    /** {@code -1 234,50}, {@code -1234.50} and a Unicode minus all read as numbers. */
    static BigDecimal decimal(String field, String cell) {
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

    static Integer integer(String field, String cell) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new BadCell(field, "'" + text + "' is not a whole number");
        }
    }

    static UUID uuid(String field, String cell) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new BadCell(field, "'" + text + "' is not an id");
        }
    }

    static CostCategory category(String field, String cell) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        try {
            return CostCategory.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadCell(field, "'" + text + "' is not one of " + java.util.Arrays.toString(CostCategory.values()));
        }
    }
}
