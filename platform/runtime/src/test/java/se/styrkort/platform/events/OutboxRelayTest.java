package se.styrkort.platform.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.platform.tenant.TenantContext;
import se.styrkort.testsupport.TestKafka;

/**
 * The relay as a service runs it, from {@link Outbox} writes to the real broker: the order of each
 * key, a broker that goes away, a record the topic refuses until an operator lets it in.
 */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    Outbox outbox;

    /** An aggregate of the test, published as a plan. */
    record TestPlan(String aggregateId, long aggregateVersion) implements Aggregate {

        @Override
        public String aggregateType() {
            return "plan";
        }

        @Override
        public String tenant() {
            return "region-jh";
        }
    }

    @Test
    void manyWritesOfManyKeysArriveOnceEachAndInTheOrderOfEachKey() {
        String prefix = "relay-order-" + UUID.randomUUID() + "-";
        // 1 200 events in 30 transactions: more than two of the relay's batches of 500.
        for (long version = 0; version < 30; version++) {
            write(prefix, 40, version, "");
        }

        List<ConsumerRecord<String, String>> records = RelayTopic.records(keys(prefix, 40), 1200);

        assertThat(records).hasSize(1200);
        List<Long> all = LongStream.range(0, 30).boxed().toList();
        assertThat(RelayTopic.versionsByKey(records)).hasSize(40)
                .allSatisfy((key, versions) -> assertThat(versions).containsExactlyElementsOf(all));
        assertThat(RelayTopic.header(records.get(0), "ce_source")).isEqualTo("/styrkort/platform-test");
        awaitOutboxEmpty(prefix);
        assertThat(OutboxRows.positions("outbox_sent", prefix)).hasSize(1200);
    }

    @Test
    void writesDuringABrokerOutageArriveAfterItOnceEachInOrder() {
        String prefix = "relay-outage-" + UUID.randomUUID() + "-";
        write(prefix, 3, 0, "");
        assertThat(RelayTopic.records(keys(prefix, 3), 3)).hasSize(3);

        TestKafka.stopBroker();
        try {
            for (long version = 1; version <= 4; version++) {
                write(prefix, 3, version, "");
            }
            RelayTopic.sleep(3000);
            assertThat(OutboxRows.positions("outbox_event", prefix)).as("kept unsent while the broker is away")
                    .hasSize(12);
            assertThat(pendingGauge()).isGreaterThanOrEqualTo(12);
        } finally {
            TestKafka.startBroker();
        }

        List<ConsumerRecord<String, String>> records = RelayTopic.records(keys(prefix, 3), 15);
        assertThat(records).as("nothing lost, nothing doubled").hasSize(15);
        assertThat(RelayTopic.versionsByKey(records)).hasSize(3)
                .allSatisfy((key, versions) -> assertThat(versions).containsExactly(0L, 1L, 2L, 3L, 4L));
        awaitOutboxEmpty(prefix);
    }

    @Test
    void aRecordTheTopicRefusesIsSentAgainWithWhatFollowsItUntilTheTopicTakesIt() {
        String prefix = "relay-refused-" + UUID.randomUUID() + "-";
        RelayTopic.maxMessageBytes(20_000);
        try {
            write(prefix, 2, 0, "");
            // Version 1 of key 0 is too large for the topic as it is configured now.
            write(prefix, 1, 1, "x".repeat(30_000));
            write(prefix, 2, 2, "");
            RelayTopic.sleep(3000);

            List<Long> unsent = OutboxRows.positions("outbox_event", prefix);
            assertThat(unsent).as("the refused event and every one written after it wait in the outbox")
                    .hasSize(3);
            assertThat(OutboxRows.positions("outbox_sent", prefix)).hasSize(2);
        } finally {
            RelayTopic.maxMessageBytes(1048588);
        }

        awaitOutboxEmpty(prefix);
        List<ConsumerRecord<String, String>> records = RelayTopic.records(keys(prefix, 2), 5);
        Map<String, List<Long>> versions = RelayTopic.versionsByKey(records);
        // What the broker took behind the refused record is sent again after it: the newest version of
        // each key comes last, as compaction and the consumers' version check need.
        assertThat(versions.get(prefix + "0")).contains(0L, 1L, 2L).last().isEqualTo(2L);
        assertThat(versions.get(prefix + "1")).contains(0L, 2L).last().isEqualTo(2L);
        assertThat(new HashSet<>(records.stream().map(r -> RelayTopic.header(r, "ce_id")).toList()))
                .as("every event arrived").hasSize(5);
        assertThat(OutboxRows.positions("outbox_sent", prefix)).as("each row moved once").hasSize(5);
    }

    /** Writes version {@code version} of keys 0..n-1 in one transaction, as a bulk write does. */
    private void write(String prefix, int keys, long version, String padding) {
        List<Outbox.Change> changes = new ArrayList<>();
        for (int key = 0; key < keys; key++) {
            String id = prefix + key;
            changes.add(new Outbox.Change(new TestPlan(id, version), version == 0 ? ChangeType.CREATED : ChangeType.UPDATED,
                    () -> Map.of("id", id, "name", "Plan " + id, "padding", padding)));
        }
        TenantContext.call("region-jh", () -> QuarkusTransaction.requiringNew().call(() -> {
            outbox.publishAll(changes);
            return null;
        }));
    }

    private static void awaitOutboxEmpty(String prefix) {
        for (int i = 0; i < 300 && !OutboxRows.positions("outbox_event", prefix).isEmpty(); i++) {
            RelayTopic.sleep(100);
        }
        assertThat(OutboxRows.positions("outbox_event", prefix)).as("nothing left unsent").isEmpty();
    }

    private static long pendingGauge() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("styrkort_outbox_pending"))
                .map(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow();
    }

    private static Set<String> keys(String prefix, int n) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < n; i++) {
            keys.add(prefix + i);
        }
        return keys;
    }
}
