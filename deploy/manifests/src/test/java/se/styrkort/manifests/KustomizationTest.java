package se.styrkort.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The base and the example overlay build, use every file they ship, and their parts fit together. */
class KustomizationTest {

    static final Path OVERLAY = Repository.KUBERNETES.resolve("overlays/example");
    static final Path DEMO = Repository.KUBERNETES.resolve("overlays/demo");
    /** The base and every overlay: each is built and validated. */
    static final List<Path> OVERLAYS = List.of(Repository.BASE, OVERLAY, DEMO);

    @Test
    void theBaseUsesEveryFileInItsFolder() throws IOException {
        assertEveryFileUsed(Repository.BASE, Kustomization.build(Repository.BASE));
    }

    @Test
    void theOverlayUsesEveryFileInItsFolder() throws IOException {
        assertEveryFileUsed(OVERLAY, Kustomization.build(OVERLAY));
        assertEveryFileUsed(DEMO, Kustomization.build(DEMO));
    }

    @Test
    void theOverlayPatchesTheIssuerHostAndPullsEveryServiceFromItsRegistry() {
        ClusterView view = ClusterView.of(Kustomization.build(OVERLAY));
        String hostname = view.one("ConfigMap", "keycloak").path("data").path("KC_HOSTNAME").asText();
        assertEquals("https://auth.styrkort.example.org", hostname, "the overlay's patch is applied");
        Set<String> ingressHosts = new TreeSet<>();
        view.one("Ingress", "styrkort").path("spec").path("rules").forEach(r -> ingressHosts.add(r.path("host").asText()));
        assertTrue(ingressHosts.contains(hostname.substring("https://".length())), "the ingress serves " + hostname);
        for (ServiceConfig service : Repository.services()) {
            JsonNode container = container(view, service.applicationName());
            assertEquals("registry.example.org/styrkort/" + service.applicationName() + ":0.1.0",
                    container.path("image").asText());
        }
    }

    @Test
    void servicesSelectPodsAndNameTheirPorts() {
        ClusterView view = ClusterView.of(Kustomization.build(OVERLAY));
        List<ObjectNode> services = view.all("Service");
        assertFalse(services.isEmpty());
        for (ObjectNode service : services) {
            String name = Kustomization.name(service);
            List<ObjectNode> selected = selectedWorkloads(view, service.path("spec").path("selector"));
            assertEquals(1, selected.size(), "Service " + name + " selects one workload, selects " + selected.size());
            for (JsonNode port : service.path("spec").path("ports")) {
                String target = port.path("targetPort").asText();
                boolean named = Workloads.containers(selected.get(0)).stream()
                        .flatMap(c -> stream(c.path("ports")))
                        .anyMatch(p -> p.path("name").asText().equals(target)
                                || p.path("containerPort").asText().equals(target));
                assertTrue(named, "Service " + name + " targets port " + target + ", which no container has");
            }
        }
    }

    @Test
    void autoscalersAndDisruptionBudgetsPointAtDeployments() {
        ClusterView view = ClusterView.of(Kustomization.build(OVERLAY));
        List<ObjectNode> autoscalers = view.all("HorizontalPodAutoscaler");
        assertEquals(Repository.services().size(), autoscalers.size(), "one autoscaler per service");
        for (ObjectNode hpa : autoscalers) {
            JsonNode target = hpa.path("spec").path("scaleTargetRef");
            assertEquals("Deployment", target.path("kind").asText());
            ObjectNode deployment = view.one("Deployment", target.path("name").asText());
            int min = hpa.path("spec").path("minReplicas").asInt();
            int max = hpa.path("spec").path("maxReplicas").asInt();
            assertTrue(min >= 2 && max >= min, Kustomization.name(hpa) + ": replicas " + min + ".." + max);
            assertTrue(deployment.path("spec").path("replicas").asInt() >= min);
            assertFalse(Workloads.containers(deployment).get(0).path("resources").path("requests").path("cpu").isMissingNode(),
                    "CPU utilization needs a CPU request");
        }
        for (ObjectNode pdb : view.all("PodDisruptionBudget")) {
            assertEquals(1, selectedWorkloads(view, pdb.path("spec").path("selector").path("matchLabels")).size(),
                    "PodDisruptionBudget " + Kustomization.name(pdb) + " selects one workload");
        }
    }

    @Test
    void ingressBackendsAreServicePorts() {
        ClusterView view = ClusterView.of(Kustomization.build(OVERLAY));
        for (ObjectNode ingress : view.all("Ingress")) {
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    JsonNode backend = path.path("backend").path("service");
                    Set<Integer> ports = view.services.get(backend.path("name").asText());
                    assertNotNull(ports, rule.path("host").asText() + ": no Service " + backend.path("name").asText());
                    assertTrue(ports.contains(backend.path("port").path("number").asInt()),
                            rule.path("host").asText() + ": Service " + backend.path("name").asText() + " has ports " + ports);
                }
            }
        }
    }

    static JsonNode container(ClusterView view, String deployment) {
        List<JsonNode> containers = Workloads.containers(view.one("Deployment", deployment));
        assertEquals(1, containers.size(), deployment + " runs one container");
        return containers.get(0);
    }

    static List<ObjectNode> selectedWorkloads(ClusterView view, JsonNode selector) {
        assertFalse(selector.isEmpty(), "empty selector");
        return view.resources.stream()
                .filter(r -> Workloads.KINDS.contains(r.path("kind").asText()))
                .filter(r -> {
                    JsonNode labels = r.path("spec").path("template").path("metadata").path("labels");
                    Iterator<Map.Entry<String, JsonNode>> wanted = selector.fields();
                    while (wanted.hasNext()) {
                        Map.Entry<String, JsonNode> label = wanted.next();
                        if (!label.getValue().asText().equals(labels.path(label.getKey()).asText(null))) {
                            return false;
                        }
                    }
                    return true;
                })
                .toList();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        Stream.Builder<JsonNode> builder = Stream.builder();
        array.forEach(builder::add);
        return builder.build();
    }

    private static void assertEveryFileUsed(Path dir, Kustomization kustomization) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> unused = walk.filter(Files::isRegularFile)
                    .map(p -> p.toAbsolutePath().normalize())
                    .filter(p -> !p.getFileName().toString().equals(".gitignore"))
                    .filter(p -> !p.getFileName().toString().endsWith(".example") || !kustomization.files
                            .contains(p.resolveSibling(p.getFileName().toString().replaceFirst("\\.example$", ""))))
                    .filter(p -> !kustomization.files.contains(p))
                    // A local secret env file is the .example's twin and not committed.
                    .filter(p -> !Files.exists(p.resolveSibling(p.getFileName() + ".example")))
                    .toList();
            assertTrue(unused.isEmpty(), "files the kustomization in " + Repository.relative(dir) + " does not use: " + unused);
        }
    }
}
