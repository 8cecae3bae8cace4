package se.styrkort.outcomes.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import se.styrkort.testsupport.TestKafka;
import se.styrkort.testsupport.Tokens;

/** Measurements reach the outcomes topic as CloudEvents, through the shared outbox and relay. */
@QuarkusTest
class MeasurementEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static String body(UUID indicatorId, UUID orgUnitId, String value) {
        return "{\"indicatorId\":\"" + indicatorId + "\",\"orgUnitId\":\"" + orgUnitId
                + "\",\"period\":\"2022-T2\",\"valueKind\":\"ACCUMULATED\",\"value\":" + value + "}";
    }

    /** Every record of the key on the topic so far, read from the beginning until the topic is quiet. */
    static List<ConsumerRecord<String, String>> recordsFor(String key, int expected) {
        ConsumerTask<String, String> task = TestKafka.companion().consumeStrings()
                .fromTopics("styrkort.outcomes");
        try {
            List<ConsumerRecord<String, String>> mine = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                mine = task.getRecords().stream().filter(r -> key.equals(r.key())).toList();
                if (mine.size() >= expected) {
                    // Wait a little longer to see that nothing more arrives.
                    sleep(1500);
                    return task.getRecords().stream().filter(r -> key.equals(r.key())).toList();
                }
                sleep(100);
            }
            return mine;
        } finally {
            task.stop();
        }
    }

    @Test
    void eachWriteProducesExactlyOneCloudEvent() throws Exception {
        UUID indicator = UUID.randomUUID();
        UUID unit = UUID.randomUUID();
        String id = given().header("Authorization", Tokens.bearer("jh-feed")).contentType(ContentType.JSON)
                .body(body(indicator, unit, "91.5")).post("/api/v1/measurements")
                .then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> records = recordsFor(id, 1);

        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        Headers h = record.headers();
        assertThat(header(h, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(h, "ce_type")).isEqualTo("se.styrkort.measurement.changed.v1");
        assertThat(header(h, "ce_source")).isEqualTo("/styrkort/outcomes-service");
        assertThat(header(h, "ce_tenant")).isEqualTo("region-jh");
        assertThat(header(h, "ce_subject")).isEqualTo(id);
        assertThat(header(h, "ce_id")).isNotBlank();
        assertThat(header(h, "ce_time")).isNotBlank();
        JsonNode data = JSON.readTree(record.value());
        assertThat(data.get("changeType").asText()).isEqualTo("CREATED");
        assertThat(data.get("version").asLong()).isZero();
        JsonNode state = data.get("state");
        assertThat(state.get("id").asText()).isEqualTo(id);
        assertThat(state.get("indicatorId").asText()).isEqualTo(indicator.toString());
        assertThat(state.get("period").asText()).isEqualTo("2022-T2");
        assertThat(state.get("value").decimalValue()).isEqualByComparingTo(new BigDecimal("91.5"));

        given().header("Authorization", Tokens.bearer("jh-reporter")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body(indicator, unit, "92.0"))
                .put("/api/v1/measurements/" + id).then().statusCode(200);

        records = recordsFor(id, 2);
        assertThat(records).hasSize(2);
        JsonNode corrected = JSON.readTree(records.get(1).value());
        assertThat(corrected.get("changeType").asText()).isEqualTo("UPDATED");
        assertThat(corrected.get("version").asLong()).isEqualTo(1);
        assertThat(corrected.get("state").get("value").decimalValue()).isEqualByComparingTo(new BigDecimal("92.0"));
        assertThat(corrected.get("state").get("updatedBy").asText()).isEqualTo("jh-reporter");
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
