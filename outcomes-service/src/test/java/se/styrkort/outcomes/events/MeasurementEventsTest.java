package se.styrkort.outcomes.events;

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
import se.styrkort.outcomes.GoalsFixture;
import se.styrkort.testsupport.EventContract;
import se.styrkort.testsupport.PublishedEvents;
import se.styrkort.testsupport.Tokens;

/** Measurements reach the outcomes topic as CloudEvents, through the shared outbox and relay. */
@QuarkusTest
class MeasurementEventsTest {

    private static final String TOPIC = "styrkort.outcomes";

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static String body(UUID indicatorId, UUID orgUnitId, String value) {
        return "{\"indicatorId\":\"" + indicatorId + "\",\"orgUnitId\":\"" + orgUnitId
                + "\",\"period\":\"2022-T2\",\"valueKind\":\"ACCUMULATED\",\"total\":" + value + "}";
    }

    @Test
    void eachWriteProducesExactlyOneCloudEvent() throws Exception {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        String id = given().header("Authorization", Tokens.bearer("jh-feed")).contentType(ContentType.JSON)
                .body(body(indicator, unit, "91.5")).post("/api/v1/measurements")
                .then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> records = PublishedEvents.of(TOPIC, id, 1);

        assertThat(records).hasSize(1);
        JsonNode data = EventContract.assertChange(records.get(0), "se.styrkort.measurement.changed.v1", "outcomes-service",
                "region-jh", id);
        assertThat(data.get("changeType").asText()).isEqualTo("CREATED");
        assertThat(data.get("version").asLong()).isZero();
        JsonNode state = data.get("state");
        assertThat(state.get("id").asText()).isEqualTo(id);
        assertThat(state.get("indicatorId").asText()).isEqualTo(indicator.toString());
        assertThat(state.get("period").asText()).isEqualTo("2022-T2");
        assertThat(state.get("total").decimalValue()).isEqualByComparingTo(new BigDecimal("91.5"));

        given().header("Authorization", Tokens.bearer("jh-reporter")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body(indicator, unit, "92.0"))
                .put("/api/v1/measurements/" + id).then().statusCode(200);

        records = PublishedEvents.of(TOPIC, id, 2);
        assertThat(records).hasSize(2);
        JsonNode corrected = JSON.readTree(records.get(1).value());
        assertThat(corrected.get("changeType").asText()).isEqualTo("UPDATED");
        assertThat(corrected.get("version").asLong()).isEqualTo(1);
        assertThat(corrected.get("state").get("total").decimalValue()).isEqualByComparingTo(new BigDecimal("92.0"));
        assertThat(corrected.get("state").get("updatedBy").asText()).isEqualTo("jh-reporter");
    }

    @Test
    void anUnchangedRepeatPublishesNothingAndARevisionPublishesOnce() throws Exception {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        String split = body(indicator, unit, "null").replace("\"total\":null", "\"women\":4.8,\"men\":6.9");
        String id = given().header("Authorization", Tokens.bearer("jh-feed")).contentType(ContentType.JSON)
                .body(split).post("/api/v1/measurements").then().statusCode(201).extract().path("id");
        given().header("Authorization", Tokens.bearer("jh-feed")).contentType(ContentType.JSON)
                .body(split).post("/api/v1/measurements").then().statusCode(200);
        given().header("Authorization", Tokens.bearer("jh-feed")).contentType(ContentType.JSON)
                .body(split.replace("6.9", "7.0")).post("/api/v1/measurements").then().statusCode(200);

        List<ConsumerRecord<String, String>> records = PublishedEvents.of(TOPIC, id, 2);

        assertThat(records).hasSize(2);
        records.forEach(EventContract::assertConforms);
        JsonNode revised = JSON.readTree(records.get(1).value());
        assertThat(revised.get("changeType").asText()).isEqualTo("UPDATED");
        assertThat(revised.get("version").asLong()).isEqualTo(1);
        assertThat(revised.get("state").get("total").isNull()).isTrue();
        assertThat(revised.get("state").get("men").decimalValue()).isEqualByComparingTo(new BigDecimal("7.0"));
    }
}
