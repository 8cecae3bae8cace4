package se.styrkort.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.styrkort.infra.Topics;

/**
 * Kafka is the trust boundary, so every client is authenticated over TLS and may do only what it
 * does: each service writes its own topic (and the dead-letter twins of what it consumes), reads
 * only the topics its channels consume, in the consumer groups they name; the outside subscriber
 * reads the event topics and writes nothing. Held to each service's application.properties.
 */
class KafkaSecurityTest {

    private final ClusterView view = ClusterView.of(Kustomization.build(KustomizationTest.OVERLAY));

    @Test
    void theOnlyListenerIsTlsWithScramAndTheAuthorizerIsOn() {
        JsonNode kafka = view.resources.stream().filter(r -> r.path("kind").asText().equals("Kafka")).findFirst()
                .orElseThrow().path("spec").path("kafka");
        assertEquals(1, kafka.path("listeners").size(), "one listener");
        JsonNode listener = kafka.path("listeners").path(0);
        assertTrue(listener.path("tls").asBoolean(), "TLS");
        assertEquals("scram-sha-512", listener.path("authentication").path("type").asText());
        assertEquals("simple", kafka.path("authorization").path("type").asText());
        assertEquals("styrkort-kafka-bootstrap:" + listener.path("port").asInt(),
                view.configMaps.containsKey("styrkort") ? configValue("KAFKA_BOOTSTRAP_SERVERS") : null);
    }

    @Test
    void eachServiceMayWriteItsOwnTopicAndReadWhatItConsumesAndNothingElse() {
        for (ServiceConfig service : Repository.services()) {
            String name = service.applicationName();
            Map<String, Set<String>> expected = new TreeMap<>();
            add(expected, "topic:" + service.eventsTopic(), "Write", "Describe");
            for (String key : service.properties().stringPropertyNames()) {
                String value = service.properties().getProperty(key).trim();
                if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".dead-letter-queue.topic")) {
                    add(expected, "topic:" + value, "Write", "Describe");
                } else if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".topic")) {
                    add(expected, "topic:" + value, "Read", "Describe");
                } else if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".group.id")) {
                    add(expected, "group:" + value, "Read");
                }
            }
            add(expected, "cluster:", "Describe");
            assertEquals(expected, acls(user(name)), name + "'s KafkaUser");
        }
    }

    @Test
    void theSubscriberReadsTheEventTopicsAndWritesNothing() {
        Map<String, Set<String>> acls = acls(user("styrkort-subscriber"));
        Map<String, Set<String>> expected = new TreeMap<>();
        Topics.EVENT_TOPICS.forEach(t -> add(expected, "topic:" + t, "Read", "Describe"));
        add(expected, "group:subscriber-*", "Read");
        assertEquals(expected, acls);
    }

    @Test
    void everyServiceConnectsOverTlsAsItsOwnUser() {
        for (ServiceConfig service : Repository.services()) {
            String name = service.applicationName();
            JsonNode container = Workloads.containers(deployment(name)).get(0);
            Map<String, JsonNode> env = new HashMap<>();
            container.path("env").forEach(e -> env.put(e.path("name").asText(), e));
            assertEquals("SASL_SSL", env.get("KAFKA_SECURITY_PROTOCOL").path("value").asText(), name);
            assertEquals("SCRAM-SHA-512", env.get("KAFKA_SASL_MECHANISM").path("value").asText(), name);
            JsonNode jaas = env.get("KAFKA_SASL_JAAS_CONFIG").path("valueFrom").path("secretKeyRef");
            assertEquals(name, jaas.path("name").asText(), name + " authenticates as its own user");
            assertEquals("sasl.jaas.config", jaas.path("key").asText());
            assertFalse(view.unresolvedReferences().stream().anyMatch(p -> p.contains(name)), name);
        }
    }

    private ObjectNode user(String name) {
        return view.resources.stream().filter(r -> r.path("kind").asText().equals("KafkaUser")
                && Kustomization.name(r).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no KafkaUser " + name));
    }

    private ObjectNode deployment(String name) {
        return view.resources.stream().filter(r -> r.path("kind").asText().equals("Deployment")
                && Kustomization.name(r).equals(name)).findFirst().orElseThrow();
    }

    private String configValue(String key) {
        return view.resources.stream().filter(r -> r.path("kind").asText().equals("ConfigMap")
                && Kustomization.name(r).equals("styrkort")).findFirst().orElseThrow().path("data").path(key).asText();
    }

    private static Map<String, Set<String>> acls(ObjectNode user) {
        assertEquals("scram-sha-512", user.path("spec").path("authentication").path("type").asText());
        assertEquals("simple", user.path("spec").path("authorization").path("type").asText());
        Map<String, Set<String>> acls = new TreeMap<>();
        for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
            JsonNode resource = acl.path("resource");
            String type = resource.path("type").asText();
            String key = type + ":" + resource.path("name").asText("")
                    + ("prefix".equals(resource.path("patternType").asText()) ? "*" : "");
            assertTrue(acl.path("type").asText("allow").equals("allow"), "only allow rules");
            Set<String> ops = acls.computeIfAbsent(key, k -> new TreeSet<>());
            acl.path("operations").forEach(op -> assertTrue(ops.add(op.asText()), key + " " + op + " twice"));
        }
        return acls;
    }

    private static void add(Map<String, Set<String>> acls, String resource, String... operations) {
        acls.computeIfAbsent(resource, k -> new TreeSet<>()).addAll(Set.of(operations));
    }
}
