package se.styrkort.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Styrkort events as another service publishes them (CloudEvents binary mode, key = aggregate id,
 * payload {@code {changeType, version, state}}), for tests of consumers.
 */
public final class TestEvents {

    private TestEvents() {
    }

    /** An event of the given aggregate type with its state as a JSON object text. */
    public static ProducerRecord<String, String> event(String topic, String aggregateType, String tenant, String id,
            long version, String changeType, String stateJson) {
        String payload = "{\"changeType\":\"" + changeType + "\",\"version\":" + version + ",\"state\":" + stateJson + "}";
        return withHeaders(topic, id, payload, "se.styrkort." + aggregateType + ".changed.v1", tenant);
    }

    /** A record with proper headers but whatever payload the test wants to see refused. */
    public static ProducerRecord<String, String> withHeaders(String topic, String key, String payload, String type,
            String tenant) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", bytes("1.0"));
        headers.add("ce_id", bytes(UUID.randomUUID().toString()));
        headers.add("ce_source", bytes("/styrkort/test"));
        headers.add("ce_type", bytes(type));
        headers.add("ce_time", bytes(OffsetDateTime.now().toString()));
        headers.add("ce_tenant", bytes(tenant));
        headers.add("content-type", bytes("application/json"));
        return new ProducerRecord<>(topic, null, key, payload, headers);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
