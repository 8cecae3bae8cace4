package se.styrkort.outcomes.imports;

import java.util.Locale;

import se.styrkort.outcomes.domain.ActivityState;
import se.styrkort.outcomes.domain.ValueKind;
import se.styrkort.platform.imports.BadCell;
import se.styrkort.platform.imports.CellText;

/** Reads the text of one cell as its field's type, the way Swedish spreadsheets write it. */
final class Cells {

    private Cells() {
    }

    static ValueKind valueKind(String field, String cell) {
        String text = CellText.text(cell);
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
        String text = CellText.text(cell);
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
            throw new BadCell(field,
                    "'" + text + "' is none of DONE (Ja), IN_PROGRESS (Pågående), NOT_STARTED (Nej), CANCELLED");
        }
    }
}
