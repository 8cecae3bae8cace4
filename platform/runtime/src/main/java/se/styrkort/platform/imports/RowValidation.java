package se.styrkort.platform.imports;

import java.util.Comparator;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

/** A row's Bean Validation, in the words a single request's violations would use. */
public final class RowValidation {

    private RowValidation() {
    }

    /** {@code field: message} for each violation, sorted and joined by {@code ; }; null for a valid row. */
    public static String reason(Validator validator, Object row) {
        String violations = validator.validate(row).stream().map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted(Comparator.naturalOrder()).collect(Collectors.joining("; "));
        return violations.isEmpty() ? null : violations;
    }
}
