package se.styrkort.outcomes.imports;

import se.styrkort.outcomes.domain.MeasurementInput;

/**
 * One row of an import as read: its 1-based number among the data rows (a CSV's header is not
 * counted) and either the measurement it asks for or why it could not be read. Until its
 * references are resolved, the measurement's indicator and org unit ids are null and the row's
 * own texts for them (an id, or a source system's code) are in {@link Refs}.
 */
public record ImportRow(long number, MeasurementInput input, String unreadable, Refs refs) {

    /** The row's texts for indicator and org unit, and the fields they came from, for the report. */
    record Refs(String indicatorField, String indicator, String orgUnitField, String orgUnit) {
    }

    static ImportRow read(long number, MeasurementInput input, Refs refs) {
        return new ImportRow(number, input, null, refs);
    }

    static ImportRow unreadable(long number, String reason) {
        return new ImportRow(number, null, reason, null);
    }

    ImportRow with(MeasurementInput changed) {
        return new ImportRow(number, changed, null, refs);
    }
}
