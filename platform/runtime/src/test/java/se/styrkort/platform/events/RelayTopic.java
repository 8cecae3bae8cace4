package se.styrkort.platform.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import se.styrkort.testsupport.PublishedEvents;
import se.styrkort.testsupport.TestKafka;

/**
 * The topic the platform's test application publishes to, and consumes itself (as
 * {@code testapp.TestPlanFeed}): one the test broker has from its start.
 */
final class RelayTopic {

    static final String NAME = "styrkort.goals";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RelayTopic() {
    }

    /**
     * Sets the largest record batch the topic takes ({@code max.message.bytes}). Keep it above the
     * producer's {@code batch.size} (16 KiB): the producer splits a refused batch by that size, and
     * one that still does not fit is split again without end (KAFKA-8350).
     */
    static void maxMessageBytes(int bytes) {
        try (Admin admin = admin()) {
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, NAME),
                    List.of(new AlterConfigOp(new ConfigEntry("max.message.bytes", String.valueOf(bytes)),
                            AlterConfigOp.OpType.SET))))
                    .all().get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The records of the given keys, read from the beginning: waits until at least {@code expected}
     * are there, then a little longer, so a test also sees that no more than those were published.
     */
    static List<ConsumerRecord<String, String>> records(Set<String> keys, int expected) {
        ConsumerTask<String, String> task = TestKafka.companion().consumeStrings().fromTopics(NAME);
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && of(task, keys).size() < expected) {
                sleep(100);
            }
            sleep(1500);
            return of(task, keys);
        } finally {
            task.stop();
        }
    }

    /** The versions of each key, in the order the topic holds them. */
    static Map<String, List<Long>> versionsByKey(Collection<ConsumerRecord<String, String>> records) {
        Map<String, List<Long>> versions = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                versions.computeIfAbsent(record.key(), k -> new ArrayList<>())
                        .add(JSON.readTree(record.value()).get("version").asLong());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return versions;
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        return PublishedEvents.header(record, name);
    }

    private static List<ConsumerRecord<String, String>> of(ConsumerTask<String, String> task, Set<String> keys) {
        return task.getRecords().stream().filter(r -> keys.contains(r.key())).toList();
    }

    private static Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        return Admin.create(props);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
