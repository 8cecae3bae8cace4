package se.styrkort.platform.imports;

import java.io.IOException;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * The report's line for one row: its number, what happened, to which record and its version, or
 * why not. The record's id is named for what the service imports ({@code measurementId},
 * {@code actualId}); a field without a value is left out.
 */
@JsonSerialize(using = RowResult.AsJson.class)
public record RowResult(long row, RowOutcome outcome, @Schema(hidden = true) String idField,
        @Schema(description = "The record the row was written as, under the name the service gives it: measurementId,"
                + " actualId") UUID id,
        Long version, String reason) {

    /** A row written (or found unchanged) as the record with this id and version. */
    public static RowResult of(long row, RowOutcome outcome, String idField, UUID id, long version) {
        return new RowResult(row, outcome, idField, id, version, null);
    }

    public static RowResult rejected(long row, String reason) {
        return new RowResult(row, RowOutcome.REJECTED, null, null, null, reason);
    }

    public static RowResult notWritten(long row) {
        return new RowResult(row, RowOutcome.NOT_WRITTEN, null, null, null, null);
    }

    /** {@code {"row", "outcome", <idField>, "version", "reason"}}, in that order, without the nulls. */
    static final class AsJson extends StdSerializer<RowResult> {

        AsJson() {
            super(RowResult.class);
        }

        @Override
        public void serialize(RowResult r, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject();
            json.writeNumberField("row", r.row());
            json.writeStringField("outcome", r.outcome().name());
            if (r.id() != null) {
                json.writeStringField(r.idField(), r.id().toString());
            }
            if (r.version() != null) {
                json.writeNumberField("version", r.version());
            }
            if (r.reason() != null) {
                json.writeStringField("reason", r.reason());
            }
            json.writeEndObject();
        }
    }
}
