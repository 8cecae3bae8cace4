package se.styrkort.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** An unsent row as the record the relay sends: key, value and CloudEvents binary-mode headers. */
class CloudEventRecordsTest {

    @Test
    void theRecordCarriesTheRowAsACloudEvent() {
        UnsentEvent event = new UnsentEvent(7, "0190f0c4-0000-7000-8000-000000000001", "region-jh", "styrkort.goals",
                "plan-1", "se.styrkort.plan.changed.v1", "{\"version\":3}",
                OffsetDateTime.parse("2026-03-01T11:00:00.123456+01:00"), null);

        ProducerRecord<String, String> record = new CloudEventRecords("goals-service").toRecord(event);

        assertThat(record.topic()).isEqualTo("styrkort.goals");
        assertThat(record.key()).isEqualTo("plan-1");
        assertThat(record.value()).isEqualTo("{\"version\":3}");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_id")).isEqualTo("0190f0c4-0000-7000-8000-000000000001");
        assertThat(header(record, "ce_type")).isEqualTo("se.styrkort.plan.changed.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/styrkort/goals-service");
        assertThat(header(record, "ce_subject")).isEqualTo("plan-1");
        assertThat(header(record, "ce_tenant")).isEqualTo("region-jh");
        assertThat(header(record, "ce_time")).as("in UTC").isEqualTo("2026-03-01T10:00:00.123456Z");
        assertThat(header(record, "ce_datacontenttype")).isEqualTo("application/json");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
    }

    private static String header(ProducerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
