package se.styrkort.platform.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import se.styrkort.platform.problem.Problem;
import se.styrkort.platform.problem.ProblemException;

/**
 * The JSON Schemas a service publishes for its events' data, held to every event before it enters
 * the outbox: no event is published that its consumers cannot read. The schema of an aggregate type
 * is the class path resource {@code META-INF/resources/asyncapi/schemas/<type>.changed.v1.json}
 * (the one the AsyncAPI document names), loaded and compiled once, on the type's first event; it
 * covers the whole data, {@code {changeType, version, state}}, as {@code EventContract} holds
 * published records to it. A type without a schema is not checked (logged once).
 */
final class EventSchemas {

    private static final Logger LOG = Logger.getLogger(EventSchemas.class);
    private static final String BASE = "META-INF/resources/asyncapi/schemas/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final ObjectMapper mapper;
    private final Map<String, Optional<JsonSchema>> schemas = new ConcurrentHashMap<>();

    EventSchemas(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Fails with 422, one violation per schema error, if the event data does not match its type's schema. */
    void check(String aggregateType, String payload) {
        Optional<JsonSchema> schema = schemaOf(aggregateType);
        if (schema.isEmpty()) {
            return;
        }
        JsonNode data;
        try {
            data = mapper.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The " + aggregateType + " event just written is not JSON", e);
        }
        check(aggregateType, schema.get(), data);
    }

    /** As {@link #check(String, String)}, for data already read into a tree. */
    void check(String aggregateType, JsonNode data) {
        schemaOf(aggregateType).ifPresent(schema -> check(aggregateType, schema, data));
    }

    private static void check(String aggregateType, JsonSchema schema, JsonNode data) {
        Set<ValidationMessage> errors = schema.validate(data);
        if (errors.isEmpty()) {
            return;
        }
        List<Problem.Violation> violations = new ArrayList<>(errors.size());
        for (ValidationMessage error : errors) {
            violations.add(new Problem.Violation(pathOf(error), error.getError()));
        }
        throw new ProblemException(422, "Unprocessable Content", "The change cannot be published: the "
                + aggregateType + " event would not match the schema its consumers read it by", violations);
    }

    /** The value's path in the event, as {@link PublishableJson} names it; a missing property is named itself. */
    private static String pathOf(ValidationMessage error) {
        StringBuilder path = new StringBuilder();
        JsonNodePath location = error.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(element);
            }
        }
        if ("required".equals(error.getType()) && error.getProperty() != null) {
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(error.getProperty());
        }
        return path.toString();
    }

    private Optional<JsonSchema> schemaOf(String aggregateType) {
        return schemas.computeIfAbsent(aggregateType, EventSchemas::load);
    }

    private static Optional<JsonSchema> load(String aggregateType) {
        String resource = BASE + aggregateType + ".changed.v1.json";
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = EventSchemas.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                LOG.warnf("No schema %s on the class path: %s events are published unchecked", resource, aggregateType);
                return Optional.empty();
            }
            return Optional.of(FACTORY.getSchema(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
