package se.styrkort.demo.load;

import java.util.LinkedHashMap;
import java.util.Map;

/** A request body built field by field; null values are left out, as the APIs' optional fields. */
final class Body {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    static Body of() {
        return new Body();
    }

    Body put(String name, Object value) {
        if (value != null) {
            fields.put(name, value);
        }
        return this;
    }

    Map<String, Object> map() {
        return fields;
    }
}
