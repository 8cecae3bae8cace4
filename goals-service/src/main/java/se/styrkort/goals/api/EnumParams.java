package se.styrkort.goals.api;

import java.util.Arrays;

import se.styrkort.platform.problem.ProblemException;

/** Enum query parameters read here rather than by JAX-RS, which answers an unknown value with 404. */
final class EnumParams {

    private EnumParams() {
    }

    static <E extends Enum<E>> E of(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
