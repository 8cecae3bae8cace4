package se.styrkort.reporting.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import se.styrkort.platform.csv.CsvDialect;
import se.styrkort.platform.domain.Period;
import se.styrkort.platform.problem.Problem;
import se.styrkort.platform.problem.ProblemException;
import se.styrkort.reporting.rollup.RollupLevel;

/**
 * Query and path parameters read here rather than by JAX-RS, which answers an unreadable one with
 * 404: every bad value is collected, and {@link #check()} answers 400 with one violation per field.
 */
final class Params {

    private final List<Problem.Violation> violations = new ArrayList<>();

    UUID uuid(String field, String value, boolean required) {
        return parse(field, value, required, v -> UUID.fromString(v.strip()), "must be a UUID");
    }

    Period period(String field, String value, boolean required) {
        return parse(field, value, required, Period::parse, Period.MESSAGE);
    }

    /** The value as the parser reads it; a missing value is a violation where it is required, an unreadable one always. */
    private <T> T parse(String field, String value, boolean required, Function<String, T> parser, String message) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new Problem.Violation(field, "is required"));
            }
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            violations.add(new Problem.Violation(field, message));
            return null;
        }
    }

    RollupLevel level(String value) {
        if (value == null || value.isBlank()) {
            return RollupLevel.STRATEGY;
        }
        try {
            return RollupLevel.ofParam(value.strip());
        } catch (IllegalArgumentException e) {
            violations.add(new Problem.Violation("level", "must be one of "
                    + Arrays.stream(RollupLevel.values()).map(RollupLevel::param).toList()));
            return null;
        }
    }

    String oneOf(String field, String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value.strip())) {
            violations.add(new Problem.Violation(field, "must be one of " + allowed));
            return null;
        }
        return value.strip();
    }

    Formats format(String value, jakarta.ws.rs.core.HttpHeaders headers, List<Formats> offered) {
        try {
            return Formats.choose(value, headers, offered);
        } catch (ProblemException e) {
            violations.addAll(e.toProblem().violations());
            return null;
        }
    }

    CsvDialect dialect(String value) {
        try {
            return CsvDialect.ofParameter(value);
        } catch (ProblemException e) {
            violations.addAll(e.toProblem().violations());
            return null;
        }
    }

    /** Answers 400 with every bad parameter, if there is one. */
    void check() {
        if (!violations.isEmpty()) {
            violations.sort(java.util.Comparator.comparing(Problem.Violation::field));
            throw ProblemException.badFields(violations);
        }
    }

    static <T> List<T> page(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        return all.subList(from, Math.min(from + size, all.size()));
    }
}
