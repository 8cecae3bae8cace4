package se.styrkort.reporting.readmodel;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;

/** Keeps a nested part of a state (targets, budget lines, follow-ups) as the JSON text it came as. */
public class RawJson extends JsonDeserializer<String> {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        // The context's reading of a nested value, which does not take what follows it for trailing garbage.
        JsonNode node = ctxt.readTree(p);
        return node == null || node.isNull() ? null : node.toString();
    }

    @Override
    public String getNullValue(DeserializationContext ctxt) {
        return null;
    }
}
