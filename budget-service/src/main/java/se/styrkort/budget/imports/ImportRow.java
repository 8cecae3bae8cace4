package se.styrkort.budget.imports;

import se.styrkort.budget.domain.ActualInput;

/**
 * One row of an import as read: its 1-based number among the data rows (a CSV's header is not
 * counted) and either the actual it asks for or why it could not be read.
 */
record ImportRow(long number, ActualInput input, String unreadable) {

    static ImportRow read(long number, ActualInput input) {
        return new ImportRow(number, input, null);
    }

    static ImportRow unreadable(long number, String reason) {
        return new ImportRow(number, null, reason);
    }
}
