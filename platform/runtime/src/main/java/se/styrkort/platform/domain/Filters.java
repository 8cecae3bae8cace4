package se.styrkort.platform.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The where clause of a list (a Panache query): one condition for every filter given, none for those
 * left out.
 */
public final class Filters {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> values = new HashMap<>();

    /** Adds the condition, which names its value {@code :name}, unless the value is null. */
    public Filters where(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            values.put(name, value);
        }
        return this;
    }

    /** Adds {@code field = :field} unless the value is null. */
    public Filters equal(String field, Object value) {
        return where(field + " = :" + field, field, value);
    }

    /** Case-insensitive "contains" on a text column, unless the text is blank. */
    public Filters contains(String column, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return where("lower(" + column + ") like :text escape '\\'", "text", "%" + escaped + "%");
    }

    /** The conditions joined; a query without filters matches every row. */
    public String query() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Map<String, Object> values() {
        return values;
    }
}
