package se.styrkort.outcomes.imports;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import se.styrkort.platform.imports.RowOutcome;

/** The report's line for one row: its number, what happened, to which measurement, or why not. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RowResult(long row, RowOutcome outcome, UUID measurementId, Long version, String reason) {

    static RowResult rejected(long row, String reason) {
        return new RowResult(row, RowOutcome.REJECTED, null, null, reason);
    }

    static RowResult notWritten(long row) {
        return new RowResult(row, RowOutcome.NOT_WRITTEN, null, null, null);
    }
}
