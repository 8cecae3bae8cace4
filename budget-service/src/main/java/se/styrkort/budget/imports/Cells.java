package se.styrkort.budget.imports;

import java.util.Locale;
import java.util.UUID;

import se.styrkort.budget.domain.CostCategory;
import se.styrkort.platform.imports.BadCell;
import se.styrkort.platform.imports.CellText;

/** Reads the text of one cell as its field's type, the way Swedish spreadsheets write it. */
final class Cells {

    private Cells() {
    }

    static Integer integer(String field, String cell) {
        String text = CellText.text(cell);
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
        String text = CellText.text(cell);
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
        String text = CellText.text(cell);
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
