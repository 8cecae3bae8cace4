package se.styrkort.budget.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The where clause of a list: one condition for every filter given, none for those left out. */
final class Filters {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> values = new HashMap<>();

    /** Adds the condition, which names its value {@code :name}, unless the value is null. */
    Filters where(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            values.put(name, value);
        }
        return this;
    }

    /** The conditions joined; a query without filters matches every row. */
    String query() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    Map<String, Object> values() {
        return values;
    }
}
