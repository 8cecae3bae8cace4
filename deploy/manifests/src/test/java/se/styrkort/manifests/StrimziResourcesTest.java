package se.styrkort.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/**
 * Every Strimzi resource of every overlay uses Strimzi's current API ({@code kafka.strimzi.io/v1})
 * and is one its own model reads whole: the model of Strimzi's {@code api} artifact, with its types,
 * enumerations and kinds of listener, authentication and authorization, and no field it does not
 * know (Strimzi keeps unknown fields aside rather than refusing them; here they fail).
 */
class StrimziResourcesTest {

    static final String API_VERSION = "kafka.strimzi.io/v1";
    private static final Map<String, Class<?>> MODELS = Map.of("Kafka", Kafka.class, "KafkaNodePool",
            KafkaNodePool.class, "KafkaTopic", KafkaTopic.class, "KafkaUser", KafkaUser.class);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    @Test
    void everyStrimziResourceIsOfTheV1ApiAndItsModelKnowsEveryField() {
        int checked = 0;
        for (var overlay : KustomizationTest.OVERLAYS) {
            for (ObjectNode resource : Kubectl.resources(overlay)) {
                String kind = resource.path("kind").asText();
                if (!resource.path("apiVersion").asText().startsWith("kafka.strimzi.io/")) {
                    continue;
                }
                String where = Repository.relative(overlay) + " " + kind + "/" + Kustomization.name(resource);
                assertEquals(API_VERSION, resource.path("apiVersion").asText(), where);
                assertTrue(MODELS.containsKey(kind), where + ": a kind this test does not know");
                assertEquals(List.of(), unknownFields(read(resource, MODELS.get(kind), where), where));
                checked++;
            }
        }
        assertTrue(checked >= 3 * (2 + 8 + 5),
                "the Kafka, its node pool, the topics and the users of each overlay: " + checked);
    }

    @Test
    void aMisspelledFieldOrAnUnknownOperationFails() throws Exception {
        ObjectNode misspelled = probeUser("""
                authentication:
                  type: scram-sha-512
                authorization:
                  type: simple
                  acls:
                    - resource:
                        type: topic
                        name: styrkort.goals
                      operatoins: [Read]
                """);
        assertFalse(unknownFields(read(misspelled, KafkaUser.class, "probe"), "probe").isEmpty());

        ObjectNode badOperation = misspelled.deepCopy();
        ObjectNode acl = (ObjectNode) badOperation.path("spec").path("authorization").path("acls").path(0);
        acl.remove("operatoins");
        acl.putArray("operations").add("Publish");
        assertFalse(unknownFields(read(badOperation, KafkaUser.class, "probe"), "probe").isEmpty());

        ObjectNode badListener = probeUser("""
                authentication:
                  type: scram-sha-256
                """);
        assertThrows(AssertionError.class, () -> read(badListener, KafkaUser.class, "probe"));
    }

    /** A KafkaUser named probe with the spec given. */
    private static ObjectNode probeUser(String spec) throws IOException {
        String manifest = """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaUser
                metadata:
                  name: probe
                spec:
                """ + spec.indent(2);
        return (ObjectNode) Yaml.YAML.readTree(manifest);
    }

    private static Object read(ObjectNode resource, Class<?> model, String where) {
        try {
            return MAPPER.treeToValue(resource, model);
        } catch (Exception e) {
            throw new AssertionError(where + " is not a " + model.getSimpleName() + " of Strimzi's model: " + e.getMessage(),
                    e);
        }
    }

    /** The fields the model kept aside as unknown, anywhere in the resource, by their path. */
    static List<String> unknownFields(Object model, String where) {
        List<String> unknown = new ArrayList<>();
        walk(model, where, unknown, Collections.newSetFromMap(new IdentityHashMap<>()));
        return unknown;
    }

    private static void walk(Object value, String path, List<String> unknown, Set<Object> seen) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                if (item == null) {
                    // Strimzi reads a value its enumeration does not know as null (an ACL operation, say).
                    unknown.add(path + "[" + i + "]: a value the model does not know");
                }
                walk(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, unknown, seen));
            return;
        }
        String type = value.getClass().getName();
        if (!type.startsWith("io.strimzi.") && !type.startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object got;
            try {
                got = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (got instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + ": " + extra.keySet());
                }
                continue;
            }
            walk(got, path + "." + getter.getName().substring(3), unknown, seen);
        }
    }
}
