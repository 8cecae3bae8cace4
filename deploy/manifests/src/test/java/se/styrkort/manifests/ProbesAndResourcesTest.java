package se.styrkort.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Each service's probes ask Quarkus' health endpoints on its HTTP port, and its resources fit a
 * JVM of about 300 MB resident memory.
 */
class ProbesAndResourcesTest {

    final ClusterView cluster = ClusterView.of(Kustomization.build(Repository.BASE));

    @Test
    void probesPointAtQuarkusHealth() {
        for (ServiceConfig service : Repository.services()) {
            JsonNode container = KustomizationTest.container(cluster, service.applicationName());
            String port = container.path("ports").path(0).path("name").asText();
            assertProbe(container, "livenessProbe", "/q/health/live", port);
            assertProbe(container, "readinessProbe", "/q/health/ready", port);
            assertProbe(container, "startupProbe", "/q/health/started", port);
            int startupSeconds = container.path("startupProbe").path("periodSeconds").asInt()
                    * container.path("startupProbe").path("failureThreshold").asInt();
            assertTrue(startupSeconds >= 60,
                    service.module() + ": a start with migrations gets a minute or more, gets " + startupSeconds);
            assertTrue(new Compose().service(service.applicationName()).path("healthcheck").path("test").toString()
                    .contains("/q/health/ready"), service.module() + " compose healthcheck");
        }
    }

    @Test
    void resourcesFitAJvmOfAbout300Megabytes() {
        for (ServiceConfig service : Repository.services()) {
            JsonNode resources = KustomizationTest.container(cluster, service.applicationName()).path("resources");
            long request = Quantities.bytes(resources.path("requests").path("memory").asText());
            long limit = Quantities.bytes(resources.path("limits").path("memory").asText());
            assertTrue(request >= 300L << 20, service.module() + ": memory request " + request);
            assertTrue(limit >= request && limit <= 1L << 30, service.module() + ": memory limit " + limit);
            long cpuRequest = Quantities.millicores(resources.path("requests").path("cpu").asText());
            long cpuLimit = Quantities.millicores(resources.path("limits").path("cpu").asText());
            assertTrue(cpuRequest > 0 && cpuLimit >= cpuRequest, service.module() + ": cpu " + cpuRequest + "/" + cpuLimit);
        }
    }

    @Test
    void quantitiesAreReadAsKubernetesReadsThem() {
        assertEquals(384L << 20, Quantities.bytes("384Mi"));
        assertEquals(1L << 30, Quantities.bytes("1Gi"));
        assertEquals(500_000_000L, Quantities.bytes("500M"));
        assertEquals(250, Quantities.millicores("250m"));
        assertEquals(1000, Quantities.millicores("1"));
        assertEquals(1500, Quantities.millicores("1.5"));
    }

    private static void assertProbe(JsonNode container, String probe, String path, String port) {
        JsonNode get = container.path(probe).path("httpGet");
        assertEquals(path, get.path("path").asText(), container.path("name").asText() + " " + probe);
        assertEquals(port, get.path("port").asText(), container.path("name").asText() + " " + probe + " port");
    }
}
