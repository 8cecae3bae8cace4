package se.styrkort.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Every YAML and JSON file of this module parses; every Kubernetes document is a named resource. */
class ManifestFilesParseTest {

    static List<Path> files(Path dir, String... extensions) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> Stream.of(extensions).anyMatch(e -> f.getFileName().toString().endsWith(e)))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyYamlAndJsonFileParses() throws IOException {
        List<Path> files = new ArrayList<>();
        files.addAll(files(Repository.KUBERNETES, ".yaml", ".yml", ".json"));
        files.addAll(files(Repository.COMPOSE, ".yaml", ".yml", ".json"));
        assertTrue(files.size() >= 10, "expected the manifests, found " + files);
        for (Path file : files) {
            if (file.toString().endsWith(".json")) {
                assertTrue(Yaml.json(file).isObject(), Repository.relative(file) + " is not a JSON object");
            } else {
                assertFalse(Yaml.documents(file).isEmpty(), Repository.relative(file) + " has no document");
            }
        }
    }

    @Test
    void everyKubernetesDocumentIsANamedResourceOnce() throws IOException {
        Set<String> seen = new HashSet<>();
        for (Path file : files(Repository.KUBERNETES, ".yaml", ".yml")) {
            boolean kustomization = file.getFileName().toString().equals("kustomization.yaml");
            for (JsonNode document : Yaml.documents(file)) {
                String where = Repository.relative(file);
                assertTrue(document.path("apiVersion").asText().contains("v"), where + ": no apiVersion");
                assertFalse(document.path("kind").asText().isEmpty(), where + ": no kind");
                if (kustomization) {
                    continue;
                }
                String name = document.path("metadata").path("name").asText();
                assertTrue(name.matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?") && name.length() <= 253,
                        where + ": bad metadata.name '" + name + "'");
                // Patches restate a base resource's kind and name; only resources must be unique.
                if (!file.startsWith(Repository.KUBERNETES.resolve("overlays")) || !isPatch(file)) {
                    assertTrue(seen.add(document.path("kind").asText() + "/" + name), where + ": "
                            + document.path("kind").asText() + "/" + name + " is defined twice");
                }
            }
        }
    }

    @Test
    void theRealmIsOneRealm() {
        JsonNode realm = Yaml.json(Repository.REALM);
        assertEquals("styrkort", realm.path("realm").asText());
        assertTrue(realm.path("enabled").asBoolean());
    }

    private static boolean isPatch(Path file) {
        JsonNode kustomization = Yaml.document(file.resolveSibling("kustomization.yaml"));
        for (JsonNode patch : kustomization.path("patches")) {
            if (file.getParent().resolve(patch.path("path").asText()).normalize().equals(file.normalize())) {
                return true;
            }
        }
        return false;
    }
}
