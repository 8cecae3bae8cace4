package se.styrkort.manifests;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** The pod templates of workload resources and their containers. */
final class Workloads {

    static final Set<String> KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Job");

    private Workloads() {
    }

    static JsonNode podSpec(JsonNode resource) {
        return resource.path("spec").path("template").path("spec");
    }

    static List<JsonNode> containers(JsonNode resource) {
        List<JsonNode> containers = new ArrayList<>();
        if (KINDS.contains(resource.path("kind").asText())) {
            podSpec(resource).path("initContainers").forEach(containers::add);
            podSpec(resource).path("containers").forEach(containers::add);
        }
        return containers;
    }
}
