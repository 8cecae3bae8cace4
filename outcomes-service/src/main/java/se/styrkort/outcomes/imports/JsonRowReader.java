package se.styrkort.outcomes.imports;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.styrkort.outcomes.domain.MeasurementInput;
import se.styrkort.platform.imports.BadCell;
import se.styrkort.platform.imports.CellText;
import se.styrkort.platform.imports.RowReader;
import se.styrkort.platform.problem.ProblemException;

/**
 * Reads a JSON import element by element with Jackson's streaming parser: an array of rows, or a
 * single row where the format allows one. A row of the wrong shape is rejected on its own; JSON
 * that is not well-formed stops the import before anything is written.
 */
final class JsonRowReader implements RowReader<ImportRow> {

    /** Turns one element into the row it is. */
    interface RowMapper {
        ImportRow read(long number, JsonNode element) throws IOException;
    }

    private final ObjectMapper mapper;
    /** Reads one element of the array: what follows it is the next element, not trailing garbage. */
    private final ObjectReader elements;
    private final JsonParser parser;
    private final RowMapper rows;
    private final boolean single;
    private long number;

    JsonRowReader(ObjectMapper mapper, InputStream in, RowMapper rows, boolean singleAllowed) throws IOException {
        this.mapper = mapper;
        this.elements = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.parser = mapper.getFactory().createParser(in);
        this.rows = rows;
        JsonToken first = parser.nextToken();
        single = first == JsonToken.START_OBJECT && singleAllowed;
        if (first != JsonToken.START_ARRAY && !single) {
            throw ProblemException.badField("body", singleAllowed ? "must be a JSON object or an array of them"
                    : "must be a JSON array of rows");
        }
    }

    @Override
    public ImportRow next() throws IOException {
        if (single) {
            if (number > 0) {
                return null;
            }
            number++;
            return row(mapper.readTree(parser));
        }
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY || token == null) {
            return null;
        }
        number++;
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return ImportRow.unreadable(number, "a row must be a JSON object");
        }
        return row(elements.readTree(parser));
    }

    private ImportRow row(JsonNode element) throws IOException {
        try {
            return rows.read(number, element);
        } catch (JsonMappingException e) {
            return ImportRow.unreadable(number, reason(e));
        } catch (BadCell e) {
            return ImportRow.unreadable(number, e.getMessage());
        }
    }

    private static String reason(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        String problem = e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException ? "unknown field"
                : "has the wrong type or shape";
        return field.isEmpty() ? "is not a row of this import" : field + ": " + problem;
    }

    /** A row shaped as a single measurement; its indicatorId and orgUnitId may be codes, so they are read as text. */
    static ImportRow measurement(ObjectMapper mapper, long number, JsonNode element) throws IOException {
        ObjectNode fields = ((ObjectNode) element).deepCopy();
        ImportRow.Refs refs = new ImportRow.Refs("indicatorId", text(fields.remove("indicatorId")), "orgUnitId",
                text(fields.remove("orgUnitId")));
        return ImportRow.read(number, mapper.treeToValue(fields, MeasurementInput.class), refs);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? null : CellText.text(node.asText());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
