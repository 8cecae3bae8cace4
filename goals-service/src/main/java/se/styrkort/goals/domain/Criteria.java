package se.styrkort.goals.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.quarkus.panache.common.Parameters;

/** The optional filters of a list, joined with "and"; a filter that is not given is left out. */
final class Criteria {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    Criteria and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.and(name, value);
        }
        return this;
    }

    /** Case-insensitive "contains" on a text column. */
    Criteria contains(String column, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return and("lower(" + column + ") like :text escape '\\'", "text", "%" + escaped + "%");
    }

    String query() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    Parameters parameters() {
        return parameters;
    }
}
