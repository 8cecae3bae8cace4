package se.styrkort.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a security review and an operator on call look for: every service is fenced in by a
 * NetworkPolicy (its own database, Kafka's TLS listener, the issuer, DNS, the trace collector),
 * has resources and a disruption budget, and is scraped; every database is backed up nightly to
 * object storage and scraped.
 */
class ClusterHardeningTest {

    private final List<ObjectNode> resources = Kustomization.build(KustomizationTest.OVERLAY).resources;

    @Test
    void eachServiceReachesOnlyItsDatabaseKafkaTheIssuerDnsAndTheCollector() {
        for (ServiceConfig service : Repository.services()) {
            String name = service.applicationName();
            JsonNode spec = one("NetworkPolicy", name).path("spec");
            assertEquals(name, spec.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText());
            assertEquals(Set.of("Ingress", "Egress"), texts(spec.path("policyTypes")), name);

            Set<String> egress = new TreeSet<>();
            for (JsonNode rule : spec.path("egress")) {
                for (JsonNode to : rule.path("to")) {
                    JsonNode labels = to.path("podSelector").path("matchLabels");
                    String peer = labels.has("cnpg.io/cluster") ? "db:" + labels.path("cnpg.io/cluster").asText()
                            : labels.has("strimzi.io/cluster") ? "kafka:" + labels.path("strimzi.io/cluster").asText()
                                    : labels.has("k8s-app") ? "dns"
                                            : labels.has("app.kubernetes.io/name")
                                                    ? "app:" + labels.path("app.kubernetes.io/name").asText()
                                                    : "namespace:" + to.path("namespaceSelector").path("matchLabels")
                                                            .path("kubernetes.io/metadata.name").asText();
                    for (JsonNode port : rule.path("ports")) {
                        egress.add(peer + ":" + port.path("port").asInt());
                    }
                }
            }
            String database = name.replace("-service", "-db");
            assertEquals(new TreeSet<>(Set.of("db:" + database + ":5432", "kafka:styrkort:9093", "app:keycloak:8080",
                    "dns:53", "namespace:observability:4317")), egress, name + " egress");

            Set<Integer> ingressPorts = new TreeSet<>();
            spec.path("ingress").forEach(rule -> rule.path("ports").forEach(p -> ingressPorts.add(p.path("port").asInt())));
            assertEquals(Set.of(service.httpPort()), ingressPorts, name + " takes requests on its HTTP port only");
        }
    }

    @Test
    void eachServiceHasResourcesADisruptionBudgetAndIsScraped() {
        JsonNode monitor = one("PodMonitor", "styrkort-services").path("spec");
        Set<String> scraped = texts(monitor.path("selector").path("matchExpressions").path(0).path("values"));
        assertEquals("/q/metrics", monitor.path("podMetricsEndpoints").path(0).path("path").asText());
        assertEquals("service", monitor.path("podMetricsEndpoints").path(0).path("relabelings").path(0).path("targetLabel")
                .asText(), "the dashboard and the alerts select by service");
        for (ServiceConfig service : Repository.services()) {
            String name = service.applicationName();
            assertTrue(scraped.contains(name), name + " scraped");
            assertEquals(1, one("PodDisruptionBudget", name).path("spec").path("minAvailable").asInt(), name);
            JsonNode container = Workloads.containers(one("Deployment", name)).get(0);
            for (String kind : List.of("requests", "limits")) {
                assertFalse(container.path("resources").path(kind).path("memory").asText().isEmpty(), name + " " + kind);
            }
        }
    }

    @Test
    void everyDatabaseIsBackedUpNightlyToObjectStorageAndScraped() {
        Set<String> clusters = new TreeSet<>();
        resources.stream().filter(r -> r.path("kind").asText().equals("Cluster")).forEach(cluster -> {
            String name = Kustomization.name(cluster);
            clusters.add(name);
            JsonNode store = cluster.path("spec").path("backup").path("barmanObjectStore");
            assertTrue(store.path("destinationPath").asText().startsWith("s3://"), name + " backs up to object storage");
            assertEquals("styrkort-backup-s3", store.path("s3Credentials").path("accessKeyId").path("name").asText(), name);
            assertFalse(cluster.path("spec").path("backup").path("retentionPolicy").asText().isEmpty(), name);
        });
        Set<String> scheduled = new TreeSet<>();
        resources.stream().filter(r -> r.path("kind").asText().equals("ScheduledBackup")).forEach(backup -> {
            scheduled.add(backup.path("spec").path("cluster").path("name").asText());
            assertEquals("barmanObjectStore", backup.path("spec").path("method").asText());
            assertEquals(6, backup.path("spec").path("schedule").asText().split(" ").length,
                    "CloudNativePG's schedules have seconds: " + backup.path("spec").path("schedule").asText());
        });
        assertEquals(5, clusters.size(), clusters.toString());
        assertEquals(clusters, scheduled);
        assertEquals(clusters, texts(one("PodMonitor", "styrkort-databases").path("spec").path("selector")
                .path("matchExpressions").path(0).path("values")));
        Kustomization overlay = Kustomization.build(KustomizationTest.OVERLAY);
        assertEquals(Set.of("ACCESS_KEY_ID", "ACCESS_SECRET_KEY"), overlay.generatedSecrets.get("styrkort-backup-s3"));
    }

    private ObjectNode one(String kind, String name) {
        return resources.stream().filter(r -> r.path("kind").asText().equals(kind) && Kustomization.name(r).equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
