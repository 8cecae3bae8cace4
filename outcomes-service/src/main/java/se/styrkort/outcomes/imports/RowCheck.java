package se.styrkort.outcomes.imports;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import se.styrkort.outcomes.domain.KnownReferences;
import se.styrkort.outcomes.domain.MeasurementRules;
import se.styrkort.platform.imports.RowValidation;
import se.styrkort.platform.problem.Problem;
import se.styrkort.platform.problem.ProblemException;

/**
 * Holds an import row to the rules a single measurement is held to, so that a row is rejected
 * with the same words a POST would get, before anything is written.
 */
@ApplicationScoped
class RowCheck {

    @Inject
    Validator validator;

    /** The row as it is to be written (a derived total, say), or why it cannot be. */
    ImportBatch.Checked check(ImportRow row, KnownReferences known) {
        return checkAgain(row, known, reasonAgainst(row));
    }

    /**
     * The row as {@link #check} answered on the first reading, given the reason it gave then (null:
     * none): the input and what it names are the same on the second reading, so its Bean Validation,
     * most of a check's cost, need not run twice; the rules run again for the row as it is written.
     */
    ImportBatch.Checked checkAgain(ImportRow row, KnownReferences known, String reason) {
        if (reason != null) {
            return new ImportBatch.Checked(row, reason);
        }
        try {
            return new ImportBatch.Checked(row.with(MeasurementRules.checked(row.input(), known)), null);
        } catch (ProblemException e) {
            return new ImportBatch.Checked(row, e.toProblem().violations().stream().map(RowCheck::describe)
                    .collect(Collectors.joining("; ")));
        }
    }

    /** Why the row cannot be written as read, or null when it can. */
    private String reasonAgainst(ImportRow row) {
        if (row.unreadable() != null) {
            return row.unreadable();
        }
        return RowValidation.reason(validator, row.input());
    }

    private static String describe(Problem.Violation v) {
        return v.field() + ": " + v.message();
    }
}
