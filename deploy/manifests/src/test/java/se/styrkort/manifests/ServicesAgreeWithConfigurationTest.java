package se.styrkort.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Names, ports, databases and topics of the manifests agree with each service's
 * application.properties, in the cluster and in compose. Each service listens on its own port
 * (quarkus.http.port) everywhere, so that no environment overrides it.
 */
class ServicesAgreeWithConfigurationTest {

    final ClusterView cluster = ClusterView.of(Kustomization.build(KustomizationTest.OVERLAY));
    final Compose compose = new Compose();

    @Test
    void theFourServicesAreTheOnesDeployed() {
        Set<String> modules = new TreeSet<>();
        Repository.services().forEach(s -> modules.add(s.applicationName()));
        assertEquals(Set.of("goals-service", "outcomes-service", "budget-service", "reporting-service"), modules);
        Set<String> deployed = new TreeSet<>();
        cluster.all("Deployment").forEach(d -> deployed.add(Kustomization.name(d)));
        deployed.remove("keycloak");
        assertEquals(modules, deployed, "Deployments besides keycloak");
        for (String module : modules) {
            compose.service(module);
        }
    }

    @Test
    void containersAndServicesUseTheServicesHttpPorts() {
        for (ServiceConfig service : Repository.services()) {
            String name = service.applicationName();
            JsonNode container = KustomizationTest.container(cluster, name);
            assertEquals(name, container.path("name").asText());
            assertEquals(List.of(service.httpPort()), containerPorts(container), name + " container ports");
            assertEquals(Set.of(service.httpPort()), cluster.services.get(name), name + " Service ports");
            assertEquals(String.valueOf(service.httpPort()), cluster.one("Deployment", name)
                    .path("spec").path("template").path("metadata").path("annotations").path("prometheus.io/port").asText());
            assertEquals(List.of(service.httpPort() + ":" + service.httpPort()), Compose.ports(compose.service(name)),
                    name + " compose ports");
            assertTrue(compose.service(name).path("healthcheck").path("test").toString()
                    .contains("/127.0.0.1/" + service.httpPort()), name + " compose healthcheck port");
        }
    }

    @Test
    void eachServiceGetsItsOwnDatabase() {
        for (ServiceConfig service : Repository.services()) {
            String name = service.applicationName();
            JsonNode container = KustomizationTest.container(cluster, name);
            Jdbc jdbc = Jdbc.parse(cluster.env(container, "QUARKUS_DATASOURCE_JDBC_URL"));
            assertEquals(service.databaseName(), jdbc.database(), name + " database in the cluster");
            assertTrue(jdbc.host().endsWith("-rw"), name + ": the primary's Service, got " + jdbc.host());
            String clusterName = jdbc.host().substring(0, jdbc.host().length() - "-rw".length());
            ObjectNode postgres = cluster.one("Cluster", clusterName);
            assertEquals(service.databaseName(),
                    postgres.path("spec").path("bootstrap").path("initdb").path("database").asText(),
                    clusterName + " creates the database");
            assertEquals(ClusterView.POSTGRES_PORT, jdbc.port());
            for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                assertEquals(clusterName + "-app", secretOf(container, variable), name + " " + variable);
            }

            Map<String, String> env = Compose.environment(compose.service(name));
            Jdbc local = Jdbc.parse(env.get("QUARKUS_DATASOURCE_JDBC_URL"));
            assertEquals(service.databaseName(), local.database(), name + " database in compose");
            compose.service(local.host());
            assertNotNull(env.get("QUARKUS_DATASOURCE_USERNAME"));
            assertNotNull(env.get("QUARKUS_DATASOURCE_PASSWORD"));
        }
    }

    @Test
    void everyTopicAServiceWritesOrReadsIsDeclared() {
        Set<String> declared = new TreeSet<>();
        cluster.all("KafkaTopic").forEach(t -> declared.add(TopicsAgreeWithCodeTest.topicName(t)));
        Set<String> created = TopicsAgreeWithCodeTest.composeTopics().keySet();
        for (ServiceConfig service : Repository.services()) {
            Set<String> used = new TreeSet<>(service.consumedTopics());
            used.add(service.eventsTopic());
            used.add(service.eventsTopic() + ".dlq");
            assertTrue(declared.containsAll(used), service.module() + " uses " + used + ", the cluster declares " + declared);
            assertTrue(created.containsAll(used), service.module() + " uses " + used + ", compose creates " + created);
        }
    }

    @Test
    void brokerAndIssuerAreWhereTheServicesLookForThem() {
        JsonNode realm = Yaml.json(Repository.REALM);
        for (ServiceConfig service : Repository.services()) {
            String name = service.applicationName();
            JsonNode container = KustomizationTest.container(cluster, name);
            String[] bootstrap = cluster.env(container, "KAFKA_BOOTSTRAP_SERVERS").split(":");
            Set<Integer> brokerPorts = cluster.services.get(bootstrap[0]);
            assertNotNull(brokerPorts, name + ": no Service " + bootstrap[0]);
            assertTrue(brokerPorts.contains(Integer.parseInt(bootstrap[1])),
                    name + ": " + bootstrap[0] + " has ports " + brokerPorts);
            assertTlsListener(Integer.parseInt(bootstrap[1]));

            URI issuer = URI.create(cluster.env(container, "QUARKUS_OIDC_AUTH_SERVER_URL"));
            assertEquals("/realms/" + realm.path("realm").asText(), issuer.getPath());
            assertTrue(cluster.services.getOrDefault(issuer.getHost(), Set.of()).contains(issuer.getPort()),
                    name + ": no Service " + issuer.getHost() + ":" + issuer.getPort());

            Map<String, String> env = Compose.environment(compose.service(name));
            String[] local = env.get("KAFKA_BOOTSTRAP_SERVERS").split(":");
            assertTrue(Compose.environment(compose.service(local[0])).get("KAFKA_ADVERTISED_LISTENERS")
                    .contains("://" + local[0] + ":" + local[1]),
                    name + ": compose broker advertises " + local[0] + ":" + local[1]);
            URI localIssuer = URI.create(env.get("QUARKUS_OIDC_AUTH_SERVER_URL"));
            assertEquals("/realms/" + realm.path("realm").asText(), localIssuer.getPath());
            compose.service(localIssuer.getHost());
        }
    }

    @Test
    void imagesCarryTheServiceNames() {
        ClusterView base = ClusterView.of(Kustomization.build(Repository.BASE));
        for (ServiceConfig service : Repository.services()) {
            String name = service.applicationName();
            String image = KustomizationTest.container(base, name).path("image").asText();
            assertEquals("styrkort/" + name, Images.name(image));
            JsonNode local = compose.service(name);
            assertEquals(image, local.path("image").asText(), "compose builds the image the cluster runs");
            String module = local.path("build").path("args").path("SERVICE").asText();
            assertEquals(service.module(), module);
            assertTrue(Files.isDirectory(Repository.ROOT.resolve(module)), module);
        }
    }

    private void assertTlsListener(int port) {
        boolean tls = false;
        for (ObjectNode kafka : cluster.all("Kafka")) {
            for (JsonNode listener : kafka.path("spec").path("kafka").path("listeners")) {
                tls |= listener.path("port").asInt() == port && listener.path("tls").asBoolean()
                        && "scram-sha-512".equals(listener.path("authentication").path("type").asText());
            }
        }
        assertTrue(tls, "the services speak SASL_SSL with SCRAM-SHA-512 to port " + port
                + ", which must be a TLS listener with SCRAM authentication");
    }

    private static List<Integer> containerPorts(JsonNode container) {
        List<Integer> ports = new ArrayList<>();
        container.path("ports").forEach(p -> ports.add(p.path("containerPort").asInt()));
        return ports;
    }

    private static String secretOf(JsonNode container, String variable) {
        for (JsonNode env : container.path("env")) {
            if (variable.equals(env.path("name").asText())) {
                return env.path("valueFrom").path("secretKeyRef").path("name").asText(null);
            }
        }
        return null;
    }
}
