package se.styrkort.platform.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import se.styrkort.platform.problem.Problem;

/**
 * Puts the problem document the platform's {@code ProblemMappers} answer every error with (RFC 9457,
 * {@code application/problem+json}, with one {@code violations} entry per bad field) into a
 * service's OpenAPI document as the schema {@code Problem}, and on every error answer of every
 * operation: those it documents itself, and those the platform gives it by its shape: 400 to any,
 * 401 and 403 with a token, 404 with an id in the path, 409 to a write, 412 and 428 with
 * {@code If-Match}, 413 and 415 with a body, and a {@code default} for the rest (406, 414, 422,
 * 431, 5xx). A client generator can then read every refusal, and a client show each violation
 * beside its field.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    static final String SCHEMA = "Problem";
    static final String VIOLATION = "Violation";
    private static final String REF = "#/components/schemas/";

    /** An error answer: what it means, and the name of its example and its response among the document's components. */
    private record Refusal(String description, String example) {
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema(VIOLATION, violationSchema());
        components.addSchema(SCHEMA, problemSchema());
        new TreeMap<>(EXAMPLES).forEach(components::addExample);
        // The refusals an operation does not document itself refer to these, named like their examples.
        for (Map.Entry<String, Refusal> refusal : new TreeMap<>(REFUSALS).entrySet()) {
            APIResponse response = OASFactory.createAPIResponse().description(refusal.getValue().description());
            asProblem(response, refusal.getKey());
            components.addResponse(refusal.getValue().example(), response);
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            if (path.getOperations() == null) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getOperations().entrySet()) {
                describe(operation.getKey(), operation.getValue(), path, openAPI);
            }
        }
    }

    private static void describe(PathItem.HttpMethod method, Operation operation, PathItem path, OpenAPI openAPI) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, Refusal> refusal : refusalsOf(method, operation, path, openAPI).entrySet()) {
            if (!responses.hasAPIResponse(refusal.getKey())) {
                responses.addAPIResponse(refusal.getKey(), OASFactory.createAPIResponse().ref(refusal.getValue().example()));
            }
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            String code = response.getKey();
            if (code.startsWith("4") || code.startsWith("5") || APIResponses.DEFAULT.equals(code)) {
                asProblem(response.getValue(), code);
            }
        }
    }

    /** The refusals the platform answers an operation of this shape with, whether or not it names them. */
    private static Map<String, Refusal> refusalsOf(PathItem.HttpMethod method, Operation operation, PathItem path,
            OpenAPI openAPI) {
        List<Parameter> parameters = new ArrayList<>();
        if (path.getParameters() != null) {
            parameters.addAll(path.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        boolean secured = operation.getSecurity() != null ? !operation.getSecurity().isEmpty()
                : openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS;
        // In the order of their codes, the default last.
        Map<String, Refusal> refusals = new TreeMap<>(
                Comparator.comparing((String code) -> APIResponses.DEFAULT.equals(code)).thenComparing(code -> code));
        refusals.put("400", REFUSALS.get("400"));
        if (secured) {
            refusals.put("401", REFUSALS.get("401"));
            refusals.put("403", REFUSALS.get("403"));
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            refusals.put("404", REFUSALS.get("404"));
        }
        if (write) {
            refusals.put("409", REFUSALS.get("409"));
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()))) {
            refusals.put("412", REFUSALS.get("412"));
            refusals.put("428", REFUSALS.get("428"));
        }
        if (operation.getRequestBody() != null) {
            refusals.put("413", REFUSALS.get("413"));
            refusals.put("415", REFUSALS.get("415"));
        }
        refusals.put(APIResponses.DEFAULT, REFUSALS.get(APIResponses.DEFAULT));
        return refusals;
    }

    /** The answer's body is a problem document, whatever else it was said to be, with its example. */
    private static void asProblem(APIResponse response, String code) {
        if (response.getRef() != null) {
            return;
        }
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF + SCHEMA));
        Refusal known = REFUSALS.get(code);
        if (known != null) {
            problem.addExample(known.example(), OASFactory.createExample().ref(known.example()));
        }
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem));
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription("Refused, as a problem document");
        }
    }

    private static Schema violationSchema() {
        return OASFactory.createSchema().type(List.of(SchemaType.OBJECT))
                .description("One bad field, parameter or header, and why")
                .addProperty("field", string("Where: a body field's path (targets[2].value), a query parameter (size) or a"
                        + " header (If-Match, Content-Type)").example("targets[2].value"))
                .addProperty("message", string("Why it is refused").example("must be greater than or equal to 0"))
                .required(List.of("field", "message"));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().type(List.of(SchemaType.OBJECT))
                .description("RFC 9457 problem details (application/problem+json), the body of every error answer."
                        + " violations has one entry per bad field, so a client can show each message beside its field.")
                .addProperty("type", string("A URI naming the kind of problem; about:blank: the status says it").format("uri")
                        .example("about:blank"))
                .addProperty("title", string("The status' reason phrase").example("Bad Request"))
                .addProperty("status", OASFactory.createSchema().type(List.of(SchemaType.INTEGER)).format("int32")
                        .description("The HTTP status code").minimum(BigDecimal.valueOf(400))
                        .maximum(BigDecimal.valueOf(599)).example(400))
                .addProperty("detail", string("What went wrong, for a person").example("The request has invalid fields"))
                .addProperty("instance", string("The request's path").example("/api/v1/plans"))
                .addProperty("violations", OASFactory.createSchema().type(List.of(SchemaType.ARRAY))
                        .description("One entry per bad field; left out when the problem is not about fields")
                        .items(OASFactory.createSchema().ref(REF + VIOLATION)))
                .required(List.of("type", "title", "status"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(List.of(SchemaType.STRING)).description(description);
    }

    private static Example example(String summary, int status, String title, String detail, Map<String, String> violations) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", "about:blank");
        value.put("title", title);
        value.put("status", status);
        value.put("detail", detail);
        value.put("instance", "/api/v1/plans/0190b3a0-8f5e-7c3a-9d2e-4b1f6a7c8d90");
        if (!violations.isEmpty()) {
            value.put("violations", violations.entrySet().stream()
                    .map(v -> orderedMap("field", v.getKey(), "message", v.getValue())).toList());
        }
        return OASFactory.createExample().summary(summary).value(value);
    }

    private static final Map<String, Refusal> REFUSALS = Map.ofEntries(
            Map.entry("400",
                    new Refusal("Bad Request: a parameter, header or body field is invalid; one violation per field",
                            "BadRequest")),
            Map.entry("401", new Refusal("No valid bearer token", "Unauthorized")),
            Map.entry("403", new Refusal("The token's role does not allow this", "Forbidden")),
            Map.entry("404",
                    new Refusal("No such resource in your organization (another region's id is answered the same)",
                            "NotFound")),
            Map.entry("409",
                    new Refusal("Clashes with stored data, a frozen (adopted) resource or a concurrent change", "Conflict")),
            Map.entry("412",
                    new Refusal("If-Match names another version than the current one: read it again and retry",
                            "PreconditionFailed")),
            Map.entry("428", new Refusal("If-Match is missing: send the ETag read", "PreconditionRequired")),
            Map.entry("413", new Refusal("The request body is over its limit", "ContentTooLarge")),
            Map.entry("415", new Refusal("The Content-Type is not one this operation takes", "UnsupportedMediaType")),
            Map.entry(APIResponses.DEFAULT,
                    new Refusal("Any other refusal or failure (406, 414, 422, 431, 5xx)", "ServerError")));

    private static final Map<String, Example> EXAMPLES = Map.ofEntries(
            Map.entry("BadRequest", example("Invalid fields", 400, "Bad Request", "The request has invalid fields",
                    orderedMap("name", "must not be blank", "toYear", "must be greater than or equal to 2000"))),
            Map.entry("Unauthorized", example("No token", 401, "Unauthorized", "A valid bearer token is required", Map.of())),
            Map.entry("Forbidden", example("Role too low", 403, "Forbidden", "Your role does not allow this", Map.of())),
            Map.entry("NotFound",
                    example("Unknown id", 404, "Not Found", "No plan with id 0190b3a0-8f5e-7c3a-9d2e-4b1f6a7c8d90",
                            Map.of())),
            Map.entry("Conflict",
                    example("Conflict", 409, "Conflict", "Someone else changed this resource; read it again and retry",
                            Map.of())),
            Map.entry("PreconditionFailed", example("Stale If-Match", 412, "Precondition Failed",
                    "The resource is at version 3, not 2; read it again and retry", Map.of())),
            Map.entry("PreconditionRequired", example("No If-Match", 428, "Precondition Required",
                    "Send the ETag you read in If-Match, so that no one else's change is overwritten", Map.of())),
            Map.entry("ContentTooLarge", example("Too large", 413, "Content Too Large",
                    "The request body may have at most 1048576 bytes (limit styrkort.http.max-body-size)",
                    Map.of())),
            Map.entry("UnsupportedMediaType",
                    example("Wrong media type", 415, "Unsupported Media Type", "This resource does not take that media type",
                            Map.of("Content-Type", "is not a media type this resource takes"))),
            Map.entry("ServerError",
                    example("Failure", 500, "Internal Server Error", "The request could not be served", Map.of())));

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
