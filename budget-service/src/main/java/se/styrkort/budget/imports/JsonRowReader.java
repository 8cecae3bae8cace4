package se.styrkort.budget.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import se.styrkort.budget.domain.ActualInput;
import se.styrkort.platform.imports.RowReader;
import se.styrkort.platform.problem.ProblemException;

/**
 * Reads a JSON array of actuals element by element with Jackson's streaming parser. A row of the
 * wrong shape is rejected on its own; JSON that is not well-formed stops the import before
 * anything is written.
 */
final class JsonRowReader implements RowReader<ImportRow> {

    private final ObjectMapper mapper;
    /** Reads one element of the array: what follows it is the next element, not trailing garbage. */
    private final ObjectReader elements;
    private final JsonParser parser;
    private long number;

    JsonRowReader(ObjectMapper mapper, InputStream in) throws IOException {
        this.mapper = mapper;
        this.elements = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.parser = mapper.getFactory().createParser(in);
        try {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw ProblemException.badField("body", "must be a JSON array of actuals");
            }
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
    }

    @Override
    public ImportRow next() throws IOException {
        JsonNode element;
        try {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY || token == null) {
                return null;
            }
            element = elements.readTree(parser);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
        number++;
        if (!element.isObject()) {
            return ImportRow.unreadable(number, "must be a JSON object");
        }
        try {
            return ImportRow.read(number, mapper.treeToValue(element, ActualInput.class));
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]"
                    : r.getFieldName()).collect(Collectors.joining("."));
            return ImportRow.unreadable(number, (field.isEmpty() ? "row" : field) + ": " + e.getOriginalMessage()
                    .lines().findFirst().orElse("cannot be read"));
        }
    }

    private ProblemException notJson(JsonProcessingException e) {
        return ProblemException.badField("body", "not valid JSON after row " + number + ": " + e.getOriginalMessage());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
