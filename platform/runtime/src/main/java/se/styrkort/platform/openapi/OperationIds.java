package se.styrkort.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Names every operation of a service's OpenAPI document that has no {@code operationId} of its own
 * from its method and path, the names a generated client's methods get: {@code GET /api/v1/plans}
 * is {@code listPlans}, {@code GET /api/v1/plans/{id}} {@code getPlan}, {@code POST /api/v1/plans}
 * {@code createPlan}, {@code PUT /api/v1/plans/{id}} {@code updatePlan}, {@code DELETE} {@code delete…},
 * {@code POST /api/v1/plans/{id}/adopt} {@code adoptPlan}. The names follow the paths, which are
 * the API's contract, so they change only when the API does; an {@code @Operation(operationId = …)}
 * names one that reads better otherwise.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OperationIds implements OASFilter {

    private static final String API_PREFIX = "/api/v1/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            Map<PathItem.HttpMethod, Operation> operations = path.getValue().getOperations();
            if (operations == null) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : operations.entrySet()) {
                Operation op = operation.getValue();
                if (op.getOperationId() == null || op.getOperationId().isBlank()) {
                    op.setOperationId(of(operation.getKey().name(), path.getKey(), answersAList(op)));
                }
            }
        }
    }

    /**
     * The name of an operation: the verb its method and path say, then the words of the path, each
     * but the last in the singular ({@code plans/{id}/tree}: {@code PlanTree}, {@code rollups/goals}:
     * {@code RollupGoals}).
     */
    static String of(String method, String path, boolean list) {
        String rest = path.startsWith(API_PREFIX) ? path.substring(API_PREFIX.length()) : path.replaceFirst("^/", "");
        List<String> segments = new ArrayList<>(List.of(rest.split("/")));
        segments.removeIf(String::isEmpty);
        boolean endsInId = !segments.isEmpty() && isParameter(segments.get(segments.size() - 1));
        StringBuilder nouns = new StringBuilder();
        String last = null;
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (isParameter(segment)) {
                continue;
            }
            // A collection with more after it is one of it (plans/{id}/tree) or qualified (rollups/goals).
            boolean qualified = i + 1 < segments.size();
            last = segment;
            nouns.append(pascal(qualified ? singular(segment) : segment));
        }
        String verb = switch (method.toUpperCase(Locale.ROOT)) {
            case "GET" -> list ? "list" : "get";
            case "PUT", "PATCH" -> "update";
            case "DELETE" -> "delete";
            default -> "create";
        };
        if ("create".equals(verb) && !endsInId && last != null) {
            if (!last.endsWith("s") && segments.size() > 1) {
                // POST on a word that is no collection is a command on what precedes it: plans/{id}/adopt.
                String target = nouns.substring(0, nouns.length() - pascal(last).length());
                return camel(last) + target;
            }
            // POST to a collection makes one of it: plans -> createPlan, plans/{id}/versions -> createPlanVersion.
            String whole = nouns.toString();
            return verb + whole.substring(0, whole.length() - pascal(last).length()) + pascal(singular(last));
        }
        return verb + nouns;
    }

    /** A GET that answers a page (the platform's {@code Page}, a {@code …Page}) or an array lists; another reads one thing. */
    private static boolean answersAList(Operation op) {
        if (op.getResponses() == null || op.getResponses().getAPIResponses() == null) {
            return false;
        }
        APIResponse ok = op.getResponses().getAPIResponse("200");
        if (ok == null || ok.getContent() == null || ok.getContent().getMediaTypes() == null) {
            return false;
        }
        MediaType json = ok.getContent().getMediaType("application/json");
        Schema schema = json == null ? null : json.getSchema();
        if (schema == null) {
            return false;
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.ARRAY)) {
            return true;
        }
        String ref = schema.getRef();
        String name = ref == null ? "" : ref.substring(ref.lastIndexOf('/') + 1);
        return name.startsWith("Page") || name.endsWith("Page");
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{");
    }

    static String singular(String word) {
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ses")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static String pascal(String kebab) {
        StringBuilder name = new StringBuilder();
        for (String part : kebab.split("[-_.]")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    private static String camel(String kebab) {
        String name = pascal(kebab);
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
