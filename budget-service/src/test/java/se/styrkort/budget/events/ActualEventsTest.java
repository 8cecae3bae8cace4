package se.styrkort.budget.events;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrkort.budget.BudgetApi.actual;
import static se.styrkort.budget.BudgetApi.post;
import static se.styrkort.budget.BudgetApi.put;
import static se.styrkort.budget.BudgetApi.unit;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.testsupport.EventContract;
import se.styrkort.testsupport.PublishedEvents;

/** Actuals reach the budget topic as the contract says, one event per write. */
@QuarkusTest
class ActualEventsTest {

    @Test
    void anActualAndItsChangeArePublished() throws Exception {
        UUID unit = unit("jh");
        String id = post("jh-economist", "/api/v1/actuals", actual(unit, 2022, 8, "DRUGS", "-14361000")).then()
                .statusCode(201).extract().path("id");
        put("jh-economist", "/api/v1/actuals/" + id, "\"0\"", actual(unit, 2022, 8, "DRUGS", "-14360999.50")).then()
                .statusCode(200);

        List<ConsumerRecord<String, String>> records = BudgetEvents.of(id, 2);
        assertThat(records).hasSize(2);
        records.forEach(EventContract::assertConforms);
        assertThat(PublishedEvents.header(records.get(0), "ce_type")).isEqualTo("se.styrkort.actual.changed.v1");
        assertThat(PublishedEvents.header(records.get(0), "ce_tenant")).isEqualTo("region-jh");
        JsonNode first = BudgetEvents.json(records.get(0));
        assertThat(first.get("changeType").asText()).isEqualTo("CREATED");
        assertThat(first.get("state").get("orgUnitId").asText()).isEqualTo(unit.toString());
        assertThat(first.get("state").get("month").asInt()).isEqualTo(8);
        assertThat(first.get("state").get("category").asText()).isEqualTo("DRUGS");
        JsonNode second = BudgetEvents.json(records.get(1));
        assertThat(second.get("changeType").asText()).isEqualTo("UPDATED");
        assertThat(second.get("version").asLong()).isEqualTo(1);
        assertThat(second.get("state").get("amount").decimalValue()).isEqualByComparingTo(new BigDecimal("-14360999.50"));
    }
}
