package se.styrkort.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every resource of the base and both overlays, as kubectl renders them, conforms to its API schema:
 * the CloudNativePG resources (Cluster, ScheduledBackup) to CloudNativePG's, the Prometheus Operator
 * resources (PodMonitor, PrometheusRule) to the operator's, the rest to the Kubernetes API's. The
 * check is {@code resource-schemas.mjs}, with the models kubernetes-models publishes on npm (pinned in
 * {@code package-lock.json}, installed by the build): types, enumerations, patterns, required fields
 * and no field the schema does not declare. The Strimzi resources are Strimzi's own model's to check
 * ({@link StrimziResourcesTest}).
 */
class ResourceSchemasTest {

    @Test
    void everyResourceOfEveryOverlayConformsToItsSchema() {
        for (Path overlay : KustomizationTest.OVERLAYS) {
            List<ObjectNode> resources = Kubectl.resources(overlay).stream()
                    .filter(r -> !r.path("apiVersion").asText().startsWith("kafka.strimzi.io/")).toList();
            Map<String, List<String>> problems = check(resources);
            assertEquals(resources.size(), problems.size(), Repository.relative(overlay) + ": " + problems.keySet());
            problems.values().removeIf(List::isEmpty);
            assertEquals(Map.of(), problems, Repository.relative(overlay));
            TreeSet<String> kinds = new TreeSet<>(resources.stream().map(r -> r.path("kind").asText()).toList());
            assertTrue(kinds.containsAll(List.of("Cluster", "ScheduledBackup", "PodMonitor", "PrometheusRule",
                    "Deployment", "NetworkPolicy")), Repository.relative(overlay) + ": " + kinds);
        }
    }

    @Test
    void aWrongFieldAValueOutsideItsEnumerationOrAMalformedValueFails() {
        Map<String, String> expected = new LinkedHashMap<>();
        List<ObjectNode> broken = new ArrayList<>();
        for (ObjectNode resource : Kubectl.resources(KustomizationTest.OVERLAY)) {
            ObjectNode copy = resource.deepCopy();
            String problem = switch (copy.path("kind").asText()) {
                case "Cluster" -> {
                    ((ObjectNode) spec(copy).path("storage")).put("sise", "5Gi");
                    yield "/spec/storage/sise: a field the schema does not declare";
                }
                case "ScheduledBackup" -> {
                    spec(copy).put("method", "tape");
                    yield "data/spec/method must be equal to one of the allowed values";
                }
                case "PodMonitor" -> {
                    ((ObjectNode) spec(copy).path("podMetricsEndpoints").path(0)).put("pathh", "/q/metrics");
                    yield "/spec/podMetricsEndpoints/0/pathh: a field the schema does not declare";
                }
                case "PrometheusRule" -> {
                    ((ObjectNode) spec(copy).path("groups").path(0).path("rules").path(0)).put("for", "five minutes");
                    yield "data/spec/groups/0/rules/0/for must match pattern";
                }
                case "Deployment" -> {
                    ((ObjectNode) spec(copy).path("template").path("spec").path("containers").path(0)
                            .path("resources")).putObject("limit").put("memory", "512Mi");
                    yield "/spec/template/spec/containers/0/resources/limit: a field the schema does not declare";
                }
                default -> null;
            };
            if (problem != null) {
                broken.add(copy);
                expected.put(copy.path("kind").asText() + "/" + Kustomization.name(copy), problem);
            }
        }
        Map<String, List<String>> problems = check(broken);

        assertEquals(expected.keySet(), problems.keySet());
        expected.forEach((resource, problem) -> assertTrue(problems.get(resource).stream().anyMatch(p -> p.contains(problem)),
                resource + ": " + problems.get(resource)));
        assertEquals(5, expected.keySet().stream().map(r -> r.substring(0, r.indexOf('/'))).distinct().count(),
                expected.keySet().toString());
    }

    @Test
    void aKindWithoutASchemaIsAProblem() throws IOException {
        ObjectNode unknown = (ObjectNode) Yaml.YAML.readTree("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Poolr
                metadata:
                  name: probe
                spec: {}
                """);
        assertEquals(Map.of("Poolr/probe", List.of("no schema for postgresql.cnpg.io/v1 Poolr")), check(List.of(unknown)));
    }

    private static ObjectNode spec(ObjectNode resource) {
        return (ObjectNode) resource.path("spec");
    }

    /** What resource-schemas.mjs finds wrong with each resource, by kind and name. */
    static Map<String, List<String>> check(List<ObjectNode> resources) {
        Path input = null;
        try {
            input = Files.createTempFile("styrkort-resources", ".json");
            ArrayNode all = Yaml.JSON.createArrayNode();
            all.addAll(resources);
            Yaml.JSON.writeValue(input.toFile(), all);
            byte[] out = Programs.output(List.of(System.getProperty("styrkort.node", "node"),
                    Repository.MODULE.resolve("resource-schemas.mjs").toString(), input.toString()), Repository.MODULE,
                    "node resource-schemas.mjs (the build runs npm ci before the tests)");
            Map<String, List<String>> problems = new LinkedHashMap<>();
            for (JsonNode result : Yaml.JSON.readTree(out)) {
                List<String> found = new ArrayList<>();
                result.path("problems").forEach(p -> found.add(p.asText()));
                problems.put(result.path("resource").asText(), found);
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (input != null) {
                input.toFile().delete();
            }
        }
    }
}
