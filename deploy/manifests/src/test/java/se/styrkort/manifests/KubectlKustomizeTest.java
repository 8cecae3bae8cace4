package se.styrkort.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where kubectl is installed, its own kustomize renders the example overlay, and what it renders
 * is what the other tests check through {@link Kustomization}: the same resources, images,
 * environment and ConfigMap data. Without kubectl the test is skipped (it needs no cluster).
 */
class KubectlKustomizeTest {

    @Test
    void kubectlRendersWhatTheTestsCheck(@TempDir Path tmp) throws Exception {
        Path kubectl = onPath("kubectl");
        assumeTrue(kubectl != null, "kubectl is not installed");

        // A copy, so that the overlay's uncommitted secret env file can be made from its .example.
        Path copy = tmp.resolve("kubernetes");
        copyTree(Repository.KUBERNETES, copy);
        Path env = copy.resolve("overlays/example/keycloak-admin.env");
        Files.copy(copy.resolve("overlays/example/keycloak-admin.env.example"), env, StandardCopyOption.REPLACE_EXISTING);

        Process process = new ProcessBuilder(kubectl.toString(), "kustomize", copy.resolve("overlays/example").toString())
                .redirectErrorStream(false)
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize did not finish");
        assertEquals(0, process.exitValue(), "kubectl kustomize failed: " + err);

        List<ObjectNode> rendered = new ArrayList<>();
        try (MappingIterator<ObjectNode> it = Yaml.YAML.readerFor(ObjectNode.class).readValues(out)) {
            it.forEachRemaining(rendered::add);
        }
        Kustomization model = Kustomization.build(KustomizationTest.OVERLAY);
        Set<String> generated = new TreeSet<>(model.generatedConfigMaps.keySet());
        generated.addAll(model.generatedSecrets.keySet());

        Map<String, ObjectNode> byKindAndName = new TreeMap<>();
        for (ObjectNode resource : rendered) {
            String kind = resource.path("kind").asText();
            if (!kind.equals("Namespace")) {
                assertEquals("styrkort", resource.path("metadata").path("namespace").asText(), kind + " namespace");
            }
            byKindAndName.put(kind + "/" + unhashed(Kustomization.name(resource), generated), resource);
        }
        Set<String> expected = new TreeSet<>();
        model.resources.forEach(r -> expected.add(r.path("kind").asText() + "/" + Kustomization.name(r)));
        model.generatedConfigMaps.keySet().forEach(n -> expected.add("ConfigMap/" + n));
        model.generatedSecrets.keySet().forEach(n -> expected.add("Secret/" + n));
        assertEquals(expected, byKindAndName.keySet());

        for (ObjectNode resource : model.resources) {
            String key = resource.path("kind").asText() + "/" + Kustomization.name(resource);
            ObjectNode actual = byKindAndName.get(key);
            if ("ConfigMap".equals(resource.path("kind").asText())) {
                assertEquals(resource.path("data"), actual.path("data"), key);
            }
            List<JsonNode> mine = Workloads.containers(resource);
            List<JsonNode> theirs = Workloads.containers(actual);
            assertEquals(mine.size(), theirs.size(), key);
            for (int i = 0; i < mine.size(); i++) {
                assertEquals(mine.get(i).path("image").asText(), theirs.get(i).path("image").asText(), key + " image");
                assertEquals(unhashedRefs(mine.get(i).path("env"), generated), unhashedRefs(theirs.get(i).path("env"), generated),
                        key + " env");
            }
        }
    }

    private static String unhashed(String name, Set<String> generated) {
        for (String base : generated) {
            if (name.matches(java.util.regex.Pattern.quote(base) + "-[a-z0-9]{10}")) {
                return base;
            }
        }
        return name;
    }

    private static JsonNode unhashedRefs(JsonNode env, Set<String> generated) {
        JsonNode copy = env.deepCopy();
        for (JsonNode variable : copy) {
            for (String ref : List.of("configMapKeyRef", "secretKeyRef")) {
                JsonNode target = variable.path("valueFrom").path(ref);
                if (target instanceof ObjectNode object) {
                    object.put("name", unhashed(object.path("name").asText(), generated));
                }
            }
        }
        return copy;
    }

    private static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().equals("keycloak-admin.env")) {
                    Files.copy(source, target);
                }
            }
        }
    }
}
