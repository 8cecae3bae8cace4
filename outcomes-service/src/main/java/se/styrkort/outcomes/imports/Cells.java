package se.styrkort.outcomes.imports;

import java.math.BigDecimal;
import java.util.Locale;

import se.styrkort.outcomes.domain.ValueKind;
import se.styrkort.outcomes.status.ActivityState;
import se.styrkort.platform.imports.BadCell;

/** Reads the text of one cell as its field's type, the way Swedish spreadsheets write it. */
final class Cells {

    private Cells() {
    }

    static String text(String cell) {
        return cell == null || cell.isBlank() ? null : cell.strip();
    }

    /** {@code 87,5}, {@code 87.5}, {@code 1 234,5} and a Unicode minus all read as numbers. */
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

    static ValueKind valueKind(String field, String cell) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        try {
            return ValueKind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadCell(field, "'" + text + "' is neither PERIOD nor ACCUMULATED");
        }
    }

    /** An activity state by its name or as the seeds' reports write it: "Ja" (done), "Pågående", "Nej". */
    static ActivityState activityState(String field, String cell) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        String word = text.toLowerCase(Locale.ROOT);
        if (word.equals("ja") || word.startsWith("ja,") || word.equals("genomförd")) {
            return ActivityState.DONE;
        }
        if (word.equals("pågående")) {
            return ActivityState.IN_PROGRESS;
        }
        if (word.equals("nej") || word.equals("ej påbörjad")) {
            return ActivityState.NOT_STARTED;
        }
        try {
            return ActivityState.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadCell(field, "'" + text + "' is none of DONE (Ja), IN_PROGRESS (Pågående), NOT_STARTED (Nej), CANCELLED");
        }
    }
}
