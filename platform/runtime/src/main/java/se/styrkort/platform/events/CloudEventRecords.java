package se.styrkort.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * An unsent event as a Kafka record, as the connector writes a CloudEvent in binary mode: the key is
 * the aggregate id, the value the payload, the attributes {@code ce_} headers.
 */
final class CloudEventRecords {

    private static final byte[] SPEC_VERSION = utf8("1.0");
    private static final byte[] JSON = utf8("application/json");

    private final byte[] source;

    /** Records of the named application, whose source is {@code /styrkort/<application>}. */
    CloudEventRecords(String applicationName) {
        this.source = utf8("/styrkort/" + applicationName);
    }

    ProducerRecord<String, String> toRecord(UnsentEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.aggregateId(), event.payload());
        Headers headers = record.headers();
        headers.add("ce_specversion", SPEC_VERSION);
        headers.add("ce_id", utf8(event.id()));
        headers.add("ce_type", utf8(event.eventType()));
        headers.add("ce_source", source);
        headers.add("ce_subject", utf8(event.aggregateId()));
        headers.add("ce_datacontenttype", JSON);
        headers.add("content-type", JSON);
        headers.add("ce_time", utf8(DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(event.occurredAt().withOffsetSameInstant(ZoneOffset.UTC))));
        headers.add("ce_tenant", utf8(event.tenant()));
        return record;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
