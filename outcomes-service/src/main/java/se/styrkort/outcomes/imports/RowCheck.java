package se.styrkort.outcomes.imports;

import java.util.Comparator;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import se.styrkort.outcomes.api.MeasurementInput;
import se.styrkort.outcomes.domain.GenderValues;
import se.styrkort.outcomes.domain.Period;
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

    /** Why the row cannot be written, or null when it can. */
    String reasonAgainst(ImportRow row) {
        if (row.unreadable() != null) {
            return row.unreadable();
        }
        MeasurementInput input = row.input();
        String violations = validator.validate(input).stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining("; "));
        if (!violations.isEmpty()) {
            return violations;
        }
        try {
            Period.parse(input.period());
            new GenderValues(input.total(), input.women(), input.men());
            return null;
        } catch (ProblemException e) {
            return e.toProblem().violations().stream().map(RowCheck::describe).collect(Collectors.joining("; "));
        }
    }

    private static String describe(Problem.Violation v) {
        return v.field() + ": " + v.message();
    }
}
