package se.styrkort.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Holds a service's OpenAPI document, as it serves it at {@code /q/openapi}, to what a client
 * generator needs: every operation has an {@code operationId}, unique in the document; every
 * answer with a body (2xx but 204) and every request body has a schema for each of its media types;
 * every error answer (4xx, 5xx, {@code default}) is the platform's problem document, whose schema
 * {@code Problem} has the per-field {@code violations}. {@link #assertProblem} holds a real refusal to
 * that schema.
 */
public final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String PROBLEM_TYPE = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private final JsonNode document;

    private OpenApiContract(JsonNode document) {
        this.document = document;
    }

    /** The document the service under test serves (no token needed). */
    public static OpenApiContract served() {
        return of(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
    }

    public static OpenApiContract of(String json) {
        try {
            return new OpenApiContract(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every operation's id, as "METHOD path" by id. */
    public Map<String, String> operationIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        eachOperation((method, path, operation) -> ids.put(operation.path("operationId").asText(), method + " " + path));
        return ids;
    }

    /** Fails with every place the document leaves a generated client guessing. */
    public OpenApiContract assertClientReady() {
        List<String> findings = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        int[] operations = { 0 };
        eachOperation((method, path, operation) -> {
            operations[0]++;
            String where = method + " " + path;
            String id = operation.path("operationId").asText("");
            if (id.isBlank()) {
                findings.add(where + ": no operationId");
            } else if (seen.putIfAbsent(id, where) != null) {
                findings.add(where + ": operationId " + id + " is also " + seen.get(id));
            }
            JsonNode body = operation.path("requestBody").path("content");
            body.fields().forEachRemaining(media -> {
                if (!hasSchema(media.getValue())) {
                    findings.add(where + ": request body " + media.getKey() + " has no schema");
                }
            });
            JsonNode responses = operation.path("responses");
            if (!responses.has("400") || !responses.has("default")) {
                findings.add(where + ": no 400 or default answer");
            }
            responses.fields().forEachRemaining(response -> {
                String code = response.getKey();
                JsonNode content = resolved(response.getValue()).path("content");
                if (code.startsWith("2") && !code.equals("204")) {
                    if (content.isEmpty()) {
                        findings.add(where + ": " + code + " has no content");
                    }
                    content.fields().forEachRemaining(media -> {
                        if (!hasSchema(media.getValue())) {
                            findings.add(where + ": " + code + " " + media.getKey() + " has no schema");
                        }
                    });
                } else if (code.startsWith("4") || code.startsWith("5") || code.equals("default")) {
                    if (!PROBLEM_REF.equals(content.path(PROBLEM_TYPE).path("schema").path("$ref").asText())) {
                        findings.add(where + ": " + code + " is not " + PROBLEM_TYPE + " with the Problem schema");
                    }
                }
            });
        });
        assertThat(operations[0]).as("operations in the document").isPositive();
        assertThat(findings).as("what a client generator could not use").isEmpty();
        JsonNode problem = schemas().path("Problem").path("properties");
        assertThat(iterable(problem.fieldNames())).containsExactlyInAnyOrder("type", "title", "status", "detail",
                "instance", "violations");
        assertThat(iterable(schemas().path("Violation").path("properties").fieldNames()))
                .containsExactlyInAnyOrder("field", "message");
        return this;
    }

    /**
     * Holds an error answer's body to the document's {@code Problem} schema: valid against it, and no
     * field the schema does not name.
     */
    public OpenApiContract assertProblem(String body) {
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
        ObjectNode schema = JSON.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$ref", PROBLEM_REF);
        schema.putObject("components").set("schemas", schemas());
        JsonSchema problem = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        Set<ValidationMessage> errors = problem.validate(answer);
        assertThat(errors).as("%s against the Problem schema", body).isEmpty();
        JsonNode named = schemas().path("Problem").path("properties");
        assertThat(iterable(answer.fieldNames())).as("fields of %s", body).allMatch(named::has);
        for (JsonNode violation : answer.path("violations")) {
            assertThat(iterable(violation.fieldNames())).as("fields of a violation")
                    .allMatch(schemas().path("Violation").path("properties")::has);
        }
        return this;
    }

    /** A response, or the one of the document's components it refers to. */
    private JsonNode resolved(JsonNode response) {
        String ref = response.path("$ref").asText("");
        return ref.isEmpty() ? response
                : document.path("components").path("responses").path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private JsonNode schemas() {
        return document.path("components").path("schemas");
    }

    private static boolean hasSchema(JsonNode media) {
        JsonNode schema = media.path("schema");
        return schema.isObject() && !schema.isEmpty();
    }

    private interface OperationVisitor {
        void visit(String method, String path, JsonNode operation);
    }

    private void eachOperation(OperationVisitor visitor) {
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (METHODS.contains(operation.getKey())) {
                visitor.visit(operation.getKey().toUpperCase(), path.getKey(), operation.getValue());
            }
        }));
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
