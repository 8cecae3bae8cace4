package se.styrkort.budget.api;

import java.util.Arrays;
import java.util.Locale;

import se.styrkort.platform.problem.ProblemException;

/** Query parameters read by hand, so that a bad one is a 400 naming it rather than a 404. */
final class QueryParams {

    private QueryParams() {
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
