package se.styrkort.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where kubectl is installed (Debian's kubernetes-client), its own kustomize renders the base and
 * every overlay, and what it renders of the example overlay is what the other tests check through
 * {@link Kustomization}: the same resources, images, environment and ConfigMap data. Without
 * kubectl these tests are skipped (they need no cluster).
 */
class KubectlKustomizeTest {

    @Test
    void everyOverlayRenders() {
        assumeTrue(Kubectl.find() != null, "kubectl is not installed");
        for (Path overlay : KustomizationTest.OVERLAYS) {
            List<ObjectNode> rendered = Kubectl.render(overlay);
            assertTrue(rendered.size() > 40, Repository.relative(overlay) + ": " + rendered.size() + " resources");
        }
    }

    @Test
    void onlyTheDemoOverlayHasTheDemoUsers() {
        assumeTrue(Kubectl.find() != null, "kubectl is not installed");
        for (Path overlay : KustomizationTest.OVERLAYS) {
            String realm = Kubectl.render(overlay).stream()
                    .filter(r -> r.path("kind").asText().equals("ConfigMap")
                            && Kustomization.name(r).startsWith("styrkort-realm-"))
                    .findFirst().orElseThrow().path("data").path("styrkort-realm.json").asText();
            boolean demo = overlay.endsWith("demo");
            assertEquals(demo, realm.contains("\"users\""), Repository.relative(overlay) + ": users in the realm");
            assertEquals(demo, realm.contains("\"directAccessGrantsEnabled\" : true")
                    || realm.contains("\"directAccessGrantsEnabled\": true"),
                    Repository.relative(overlay) + ": password grant");
        }
    }

    @Test
    void kubectlRendersWhatTheTestsCheck() throws Exception {
        assumeTrue(Kubectl.find() != null, "kubectl is not installed");
        List<ObjectNode> rendered = Kubectl.render(KustomizationTest.OVERLAY);
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
                assertEquals(unhashedRefs(mine.get(i).path("env"), generated),
                        unhashedRefs(theirs.get(i).path("env"), generated),
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
}
