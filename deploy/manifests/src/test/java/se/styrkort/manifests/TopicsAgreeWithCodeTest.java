package se.styrkort.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.styrkort.infra.Topics;

/** The KafkaTopic resources and the compose topic script declare exactly the topics of {@link Topics}. */
class TopicsAgreeWithCodeTest {

    static final Path CREATE_TOPICS = Repository.COMPOSE.resolve("kafka/create-topics.sh");
    private static final Pattern TOPIC_LINE = Pattern
            .compile("^topic\\s+(\\S+)\\s+(\\d+)((?:\\s+--config\\s+\\S+=\\S+)*)\\s*$");
    private static final Pattern CONFIG = Pattern.compile("--config\\s+([^=\\s]+)=(\\S+)");

    record TopicSpec(int partitions, Map<String, String> configs) {
    }

    static Map<String, TopicSpec> expected() {
        Map<String, TopicSpec> topics = new TreeMap<>();
        for (NewTopic topic : Topics.all()) {
            topics.put(topic.name(), new TopicSpec(topic.numPartitions(), new TreeMap<>(topic.configs())));
        }
        return topics;
    }

    static String topicName(JsonNode kafkaTopic) {
        return kafkaTopic.path("spec").path("topicName").asText(Kustomization.name(kafkaTopic));
    }

    static Map<String, TopicSpec> composeTopics() {
        Map<String, TopicSpec> topics = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(CREATE_TOPICS, StandardCharsets.UTF_8)) {
                if (!line.startsWith("topic ")) {
                    continue;
                }
                Matcher m = TOPIC_LINE.matcher(line);
                assertTrue(m.matches(), "create-topics.sh: cannot read " + line);
                Map<String, String> configs = new TreeMap<>();
                Matcher c = CONFIG.matcher(m.group(3));
                while (c.find()) {
                    configs.put(c.group(1), c.group(2));
                }
                assertEquals(null, topics.put(m.group(1), new TopicSpec(Integer.parseInt(m.group(2)), configs)),
                        "create-topics.sh creates " + m.group(1) + " twice");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return topics;
    }

    @Test
    void theCodeHasTheTopicsOfTheDesign() {
        // Guards the comparison below against an empty source of truth.
        assertEquals(8, Topics.all().size());
    }

    @Test
    void strimziTopicsAreTheCodesTopics() {
        ClusterView view = ClusterView.of(Kustomization.build(Repository.BASE));
        Map<String, TopicSpec> declared = new TreeMap<>();
        for (ObjectNode topic : view.all("KafkaTopic")) {
            Map<String, String> configs = new TreeMap<>();
            topic.path("spec").path("config").fields().forEachRemaining(e -> configs.put(e.getKey(), e.getValue().asText()));
            assertEquals(null,
                    declared.put(topicName(topic), new TopicSpec(topic.path("spec").path("partitions").asInt(), configs)),
                    topicName(topic) + " declared twice");
        }
        assertEquals(expected(), declared);
    }

    @Test
    void strimziTopicsBelongToTheClusterAndFitItsBrokers() {
        ClusterView view = ClusterView.of(Kustomization.build(Repository.BASE));
        ObjectNode kafka = view.all("Kafka").get(0);
        assertEquals(1, view.all("Kafka").size());
        int brokers = 0;
        for (ObjectNode pool : view.all("KafkaNodePool")) {
            assertEquals(Kustomization.name(kafka), pool.path("metadata").path("labels").path("strimzi.io/cluster").asText());
            for (JsonNode role : pool.path("spec").path("roles")) {
                brokers += "broker".equals(role.asText()) ? pool.path("spec").path("replicas").asInt() : 0;
            }
        }
        JsonNode config = kafka.path("spec").path("kafka").path("config");
        int minInSync = config.path("min.insync.replicas").asInt(1);
        assertTrue(brokers >= 3, "three brokers, found " + brokers);
        for (ObjectNode topic : view.all("KafkaTopic")) {
            assertEquals(Kustomization.name(kafka), topic.path("metadata").path("labels").path("strimzi.io/cluster").asText(),
                    topicName(topic) + " is managed by the topic operator of the cluster");
            int replicas = topic.path("spec").path("replicas").asInt();
            assertTrue(replicas <= brokers && replicas > minInSync,
                    topicName(topic) + ": " + replicas + " replicas on " + brokers + " brokers with min.insync.replicas "
                            + minInSync);
        }
        assertEquals("false", config.path("auto.create.topics.enable").asText(), "topics come from the KafkaTopic resources");
    }

    @Test
    void composeCreatesTheCodesTopics() {
        assertEquals(expected(), composeTopics());
        Map<String, String> env = Compose.environment(new Compose().service("kafka-topics"));
        Map<String, String> expectedEnv = new LinkedHashMap<>();
        expectedEnv.put("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
        assertEquals(expectedEnv, env);
        assertTrue(new Compose().service("kafka-topics").path("entrypoint").toString().contains("create-topics.sh"));
    }
}
