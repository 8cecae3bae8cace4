package se.styrkort.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.testsupport.TestKafka;

/**
 * Sending one batch through a producer configured as the {@code outbox} channel's, against the real
 * broker: the order per key, a record refused before it is queued, a record the topic refuses. A
 * broker that goes away is {@link OutboxRelayTest}'s.
 */
@QuarkusTest
class BatchInFlightTest {

    private static final CloudEventRecords RECORDS = new CloudEventRecords("platform-test");
    private Producer<String, String> producer;
    private long position;

    @BeforeEach
    void openProducer() {
        producer = producer(Map.of());
    }

    private static Producer<String, String> producer(Map<String, String> overrides) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        // As mp.messaging.outgoing.outbox.* in the platform's configuration.
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "86400000");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        props.putAll(overrides);
        return new KafkaProducer<>(props);
    }

    @AfterEach
    void close() {
        producer.close(Duration.ofSeconds(5));
    }

    @Test
    void everyRecordIsAcknowledgedAndEachKeyKeepsItsOrder() {
        String prefix = "batch-order-" + UUID.randomUUID() + "-";
        List<UnsentEvent> batch = new ArrayList<>();
        for (int version = 0; version < 20; version++) {
            for (int key = 0; key < 4; key++) {
                batch.add(event(prefix + key, version, "{\"version\":" + version + "}"));
            }
        }

        BatchInFlight inFlight = BatchInFlight.send(producer, batch, RECORDS::toRecord);

        assertThat(inFlight.settled(Duration.ofSeconds(30))).isTrue();
        assertThat(inFlight.acknowledged()).containsExactlyElementsOf(batch.stream().map(UnsentEvent::position).toList());
        List<ConsumerRecord<String, String>> records = RelayTopic.records(keys(prefix, 4), 80);
        assertThat(records).hasSize(80);
        Map<String, List<Long>> versions = RelayTopic.versionsByKey(records);
        List<Long> zeroToNineteen = java.util.stream.LongStream.range(0, 20).boxed().toList();
        assertThat(versions).hasSize(4).allSatisfy((key, v) -> assertThat(v).containsExactlyElementsOf(zeroToNineteen));
    }

    @Test
    void aRecordRefusedBeforeItIsQueuedEndsTheBatchAndNothingAfterItIsHandedOver() {
        String key = "batch-no-topic-" + UUID.randomUUID();
        UnsentEvent first = event(key, 0, "{\"version\":0}");
        // A topic the broker does not have (and does not create): the producer waits max.block.ms for
        // its metadata, then refuses the record without queueing it.
        UnsentEvent lost = new UnsentEvent(++position, UUID.randomUUID().toString(), "region-jh", "styrkort.no-such-topic",
                key, "se.styrkort.plan.changed.v1", "{\"version\":1}", OffsetDateTime.now(), null);
        UnsentEvent after = event(key, 2, "{\"version\":2}");
        producer.close();
        producer = producer(Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, "1500"));

        BatchInFlight inFlight = BatchInFlight.send(producer, List.of(first, lost, after), RECORDS::toRecord);

        assertThat(inFlight.settled(Duration.ofSeconds(30))).isTrue();
        assertThat(inFlight.size()).as("handed over up to the refused one").isEqualTo(2);
        assertThat(inFlight.acknowledged()).containsExactly(first.position());
        assertThat(RelayTopic.versionsByKey(RelayTopic.records(Set.of(key), 1)))
                .as("the event after the refused one waits to be sent after it")
                .containsExactly(Map.entry(key, List.of(0L)));
    }

    @Test
    void aClosedProducerRefusesTheBatchFromItsFirstRecord() {
        String key = "batch-closed-" + UUID.randomUUID();
        producer.close();

        BatchInFlight inFlight = BatchInFlight.send(producer,
                List.of(event(key, 0, "{\"version\":0}"), event(key, 1, "{\"version\":1}")), RECORDS::toRecord);

        assertThat(inFlight.settled(Duration.ofSeconds(5))).isTrue();
        assertThat(inFlight.size()).isEqualTo(1);
        assertThat(inFlight.acknowledged()).isEmpty();
    }

    @Test
    void aRecordTheTopicRefusesEndsWhatCountsAsAcknowledged() {
        String key = "batch-refused-" + UUID.randomUUID();
        UnsentEvent small = event(key, 0, "{\"version\":0}");
        UnsentEvent large = event(key, 1, "{\"version\":1,\"state\":\"" + "x".repeat(30_000) + "\"}");
        UnsentEvent after = event(key, 2, "{\"version\":2}");
        RelayTopic.maxMessageBytes(20_000);
        try {
            BatchInFlight inFlight = BatchInFlight.send(producer, List.of(small, large, after), RECORDS::toRecord);

            assertThat(inFlight.settled(Duration.ofSeconds(30))).isTrue();
            assertThat(inFlight.acknowledged()).containsExactly(small.position());
        } finally {
            RelayTopic.maxMessageBytes(1048588);
        }
    }

    private UnsentEvent event(String key, long version, String payload) {
        return new UnsentEvent(++position, UUID.randomUUID().toString(), "region-jh", RelayTopic.NAME, key,
                "se.styrkort.plan.changed.v1", payload, OffsetDateTime.now(), null);
    }

    private static Set<String> keys(String prefix, int n) {
        Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            keys.add(prefix + i);
        }
        return keys;
    }
}
