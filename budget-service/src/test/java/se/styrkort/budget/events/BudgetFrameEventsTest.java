package se.styrkort.budget.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.styrkort.testsupport.EventContract;
import se.styrkort.testsupport.PublishedEvents;
import se.styrkort.testsupport.Tokens;

/** Budget frames reach the budget topic as CloudEvents, through the shared outbox and relay. */
@QuarkusTest
class BudgetFrameEventsTest {

    private static final String TOPIC = "styrkort.budget";

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static String body(UUID orgUnitId, String amount) {
        return "{\"orgUnitId\":\"" + orgUnitId + "\",\"year\":2023,\"kind\":\"BUDGET\",\"amount\":" + amount + "}";
    }


    @Test
    void eachWriteProducesExactlyOneCloudEvent() throws Exception {
        UUID unit = UUID.randomUUID();
        String id = given().header("Authorization", Tokens.bearer("jh-economist")).contentType(ContentType.JSON)
                .body(body(unit, "-2350000.50")).post("/api/v1/budget-frames")
                .then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> records = PublishedEvents.of(TOPIC, id, 1);

        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        EventContract.assertConforms(record);
        assertThat(PublishedEvents.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(PublishedEvents.header(record, "ce_type")).isEqualTo("se.styrkort.budget-frame.changed.v1");
        assertThat(PublishedEvents.header(record, "ce_source")).isEqualTo("/styrkort/budget-service");
        assertThat(PublishedEvents.header(record, "ce_tenant")).isEqualTo("region-jh");
        assertThat(PublishedEvents.header(record, "ce_subject")).isEqualTo(id);
        assertThat(PublishedEvents.header(record, "ce_id")).isNotBlank();
        assertThat(PublishedEvents.header(record, "ce_time")).isNotBlank();
        JsonNode data = JSON.readTree(record.value());
        assertThat(data.get("changeType").asText()).isEqualTo("CREATED");
        assertThat(data.get("version").asLong()).isZero();
        JsonNode state = data.get("state");
        assertThat(state.get("id").asText()).isEqualTo(id);
        assertThat(state.get("orgUnitId").asText()).isEqualTo(unit.toString());
        assertThat(state.get("year").asInt()).isEqualTo(2023);
        assertThat(state.get("kind").asText()).isEqualTo("BUDGET");
        assertThat(state.get("amount").decimalValue()).isEqualByComparingTo(new BigDecimal("-2350000.50"));

        given().header("Authorization", Tokens.bearer("jh-economist")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body(unit, "-2400000"))
                .put("/api/v1/budget-frames/" + id).then().statusCode(200);

        records = PublishedEvents.of(TOPIC, id, 2);
        assertThat(records).hasSize(2);
        EventContract.assertConforms(records.get(1));
        JsonNode changed = JSON.readTree(records.get(1).value());
        assertThat(changed.get("changeType").asText()).isEqualTo("UPDATED");
        assertThat(changed.get("version").asLong()).isEqualTo(1);
        assertThat(changed.get("state").get("amount").decimalValue()).isEqualByComparingTo(new BigDecimal("-2400000"));
    }


}
