package se.styrkort.budget.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.budget.BudgetApi;
import se.styrkort.testsupport.EventContract;
import se.styrkort.testsupport.PublishedEvents;

/** Budget frames reach the budget topic as CloudEvents, through the shared outbox and relay. */
@QuarkusTest
class BudgetFrameEventsTest {

    static String body(UUID orgUnitId, String personnel) {
        return BudgetApi.frame(orgUnitId, 2023, "BUDGET", BudgetApi.line("EXTERNAL_REVENUE", "100000", "0"),
                BudgetApi.line("PERSONNEL", personnel, "-500"));
    }

    @Test
    void eachWriteProducesExactlyOneCloudEvent() throws Exception {
        UUID unit = BudgetApi.unit("jh");
        String id = BudgetApi.post("jh-economist", "/api/v1/budget-frames", body(unit, "-2350000.50"))
                .then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> records = BudgetEvents.of(id, 1);

        assertThat(records).hasSize(1);
        JsonNode data = EventContract.assertChange(records.get(0), "se.styrkort.budget-frame.changed.v1", "budget-service",
                "region-jh", id);
        assertThat(data.get("changeType").asText()).isEqualTo("CREATED");
        assertThat(data.get("version").asLong()).isZero();
        JsonNode state = data.get("state");
        assertThat(state.get("id").asText()).isEqualTo(id);
        assertThat(state.get("orgUnitId").asText()).isEqualTo(unit.toString());
        assertThat(state.get("year").asInt()).isEqualTo(2023);
        assertThat(state.get("kind").asText()).isEqualTo("BUDGET");
        assertThat(state.get("version").asLong()).isZero();
        assertThat(state.get("lines")).hasSize(2);
        assertThat(state.get("lines").get(1).get("category").asText()).isEqualTo("PERSONNEL");
        assertThat(state.get("adopted").get("net").decimalValue()).isEqualByComparingTo(new BigDecimal("-2250500.50"));
        assertThat(state.get("current").get("net").decimalValue()).isEqualByComparingTo(new BigDecimal("-2250500.50"));

        BudgetApi.put("jh-economist", "/api/v1/budget-frames/" + id, "\"0\"", body(unit, "-2400000")).then()
                .statusCode(200);

        records = BudgetEvents.of(id, 2);
        assertThat(records).hasSize(2);
        EventContract.assertConforms(records.get(1));
        JsonNode changed = BudgetEvents.json(records.get(1));
        assertThat(changed.get("changeType").asText()).isEqualTo("UPDATED");
        assertThat(changed.get("version").asLong()).isEqualTo(1);
        assertThat(changed.get("state").get("version").asLong()).isEqualTo(1);
        assertThat(changed.get("state").get("adopted").get("officials").decimalValue())
                .isEqualByComparingTo(new BigDecimal("-2300000"));
    }

    /** An adjustment is an event of its own, and a new version of its frame with the current value changed. */
    @Test
    void anAdjustmentPublishesItselfAndItsFramesNewState() throws Exception {
        String frameId = BudgetApi.post("jh-economist", "/api/v1/budget-frames", body(BudgetApi.unit("jh"), "-1000"))
                .then().statusCode(201).extract().path("id");
        String id = BudgetApi.post("jh-economist", "/api/v1/adjustments",
                BudgetApi.adjustment(frameId, 2023, "PERMANENT", "-37000000", "HSN/726/2022"))
                .then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = BudgetEvents.of(id, 1).get(0);
        EventContract.assertConforms(record);
        assertThat(PublishedEvents.header(record, "ce_type")).isEqualTo("se.styrkort.budget-adjustment.changed.v1");
        JsonNode state = BudgetEvents.json(record).get("state");
        assertThat(state.get("frameId").asText()).isEqualTo(frameId);
        assertThat(state.get("decisionRef").asText()).isEqualTo("HSN/726/2022");
        assertThat(state.get("amount").decimalValue()).isEqualByComparingTo(new BigDecimal("-37000000"));

        List<ConsumerRecord<String, String>> frameEvents = BudgetEvents.of(frameId, 2);
        assertThat(frameEvents).hasSize(2);
        EventContract.assertConforms(frameEvents.get(1));
        JsonNode frame = BudgetEvents.json(frameEvents.get(1));
        assertThat(frame.get("changeType").asText()).isEqualTo("UPDATED");
        assertThat(frame.get("version").asLong()).isEqualTo(1);
        assertThat(frame.get("state").get("adjustments").get("officials").decimalValue())
                .isEqualByComparingTo(new BigDecimal("-37000000"));
        assertThat(frame.get("state").get("current").get("net").decimalValue())
                .isEqualByComparingTo(new BigDecimal("-37000000").add(new BigDecimal("98500")));
    }
}
