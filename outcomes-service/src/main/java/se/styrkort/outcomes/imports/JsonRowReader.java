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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.styrkort.outcomes.domain.MeasurementInput;
import se.styrkort.platform.imports.BadCell;
import se.styrkort.platform.imports.CellText;
import se.styrkort.platform.imports.RowReader;
import se.styrkort.platform.problem.ProblemException;

/**
 * Reads a JSON import element by element with Jackson's streaming parser: an array of rows, or,
 * where the format allows, a single row or an envelope object whose {@code values} are the rows. A row of the wrong shape is
 * rejected on its own; JSON
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
    /** A top-level object that is one row; null for an array or an envelope. */
    private final ObjectNode single;
    /** The rows are the {@code values} of an enclosing object. */
    private boolean envelope;
    /** The envelope's first row, read to tell it from a single row. */
    private JsonNode pending;
    private boolean ended;
    private long number;

    JsonRowReader(ObjectMapper mapper, InputStream in, RowMapper rows, boolean singleAllowed) throws IOException {
        this.mapper = mapper;
        this.elements = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.parser = mapper.getFactory().createParser(in);
        this.rows = rows;
        JsonToken first = parser.nextToken();
        boolean object = first == JsonToken.START_OBJECT && singleAllowed;
        if (first != JsonToken.START_ARRAY && !object) {
            throw ProblemException.badField("body", singleAllowed ? "must be a JSON object or an array of them"
                    : "must be a JSON array of rows");
        }
        single = object ? openObject() : null;
    }

    /**
     * A top-level object is one row, or an envelope whose {@code values} array holds the rows, as a
     * Kolada API answer {@code {"count", "values": [...], "next_page"}} does: told apart by the first
     * element of {@code values}, which in an envelope is a row (it has a {@code kpi}) and in a row is
     * a value by gender. The envelope's rows are streamed as an array's; a single row is read whole.
     */
    private ObjectNode openObject() throws IOException {
        ObjectNode head = mapper.createObjectNode();
        JsonToken field;
        while ((field = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!name.equals("values") || value != JsonToken.START_ARRAY || head.has("kpi")) {
                head.set(name, elements.readTree(parser));
                continue;
            }
            ArrayNode values = head.putArray("values");
            JsonToken element = parser.nextToken();
            if (element == JsonToken.START_OBJECT) {
                JsonNode firstElement = elements.readTree(parser);
                if (firstElement.has("kpi")) {
                    envelope = true;
                    pending = firstElement;
                    return null;
                }
                values.add(firstElement);
                element = parser.nextToken();
            }
            for (; element != JsonToken.END_ARRAY && element != null; element = parser.nextToken()) {
                values.add(elements.<JsonNode> readTree(parser));
            }
            if (element == null) {
                throw incomplete();
            }
        }
        if (field != JsonToken.END_OBJECT) {
            throw incomplete();
        }
        // An empty envelope ({"count": 0, "values": []}) has no rows; an object with a kpi is one.
        if (!head.has("kpi") && head.path("values").isArray() && head.path("values").isEmpty()) {
            envelope = true;
            ended = true;
            return null;
        }
        return head;
    }

    @Override
    public ImportRow next() throws IOException {
        if (single != null) {
            if (number > 0) {
                return null;
            }
            number++;
            return row(single);
        }
        if (pending != null) {
            JsonNode element = pending;
            pending = null;
            number++;
            return row(element);
        }
        if (ended) {
            return null;
        }
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY || token == null) {
            ended = true;
            if (envelope) {
                closeEnvelope();
            }
            return null;
        }
        number++;
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return ImportRow.unreadable(number, "a row must be a JSON object");
        }
        return row(elements.readTree(parser));
    }

    /** Reads the envelope's fields after its rows ({@code next_page}, say), so that JSON broken there is still refused. */
    private void closeEnvelope() throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            parser.nextToken();
            parser.skipChildren();
        }
        if (token != JsonToken.END_OBJECT) {
            throw incomplete();
        }
    }

    private static ProblemException incomplete() {
        return ProblemException.badField("body", "ends before the JSON is complete");
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
