package se.styrkort.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A JSON value that has the right type but cannot be taken: a control character in a text, a
 * number no column or event consumer can hold. Jackson adds the field's path as it unwinds, so the
 * problem names the field; {@link #reason()} says why.
 */
public class RefusedValue extends InvalidFormatException {

    private final String reason;

    public RefusedValue(JsonParser parser, String reason, Object value, Class<?> targetType) {
        super(parser, reason, value, targetType);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
