package se.styrkort.reporting.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form's errors, one per field, in the order of the form: the error summary at the top links to
 * each field, and each field shows its own message (the GOV.UK Design System's pattern).
 */
public final class FormErrors {

    /** One error: the field's id and the message in plain Swedish. */
    public record Error(String field, String message) {
    }

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    public void add(String field, String message) {
        if (field == null) {
            general.add(message);
        } else {
            byField.putIfAbsent(field, message);
        }
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public List<Error> fields() {
        return byField.entrySet().stream().map(e -> new Error(e.getKey(), e.getValue())).toList();
    }

    public List<String> general() {
        return general;
    }
}
