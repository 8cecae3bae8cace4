package se.styrkort.budget.events;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrkort.budget.BudgetApi.actual;
import static se.styrkort.budget.BudgetApi.post;
import static se.styrkort.budget.BudgetApi.put;
import static se.styrkort.budget.BudgetApi.unit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.testsupport.EventContract;
import se.styrkort.testsupport.PublishedEvents;

/** Forecasts, investments, financial indicators and staff figures reach the budget topic as the contract says. */
@QuarkusTest
class DerivedEventsTest {

    @Test
    void aForecastIsPublishedAndAgainWhenItsRunRateMoves() throws Exception {
        UUID unit = unit("jh");
        String id = post("jh-economist", "/api/v1/forecasts", "{\"orgUnitId\":\"" + unit
                + "\",\"year\":2023,\"category\":\"DRUGS\",\"amount\":-240000,\"comment\":\"Nya läkemedel\"}").then()
                .statusCode(201).extract().path("id");
        post("jh-economist", "/api/v1/actuals", actual(unit, 2023, 2, "DRUGS", "-30000")).then().statusCode(201);

        List<ConsumerRecord<String, String>> records = BudgetEvents.of(id, 2);
        records.forEach(EventContract::assertConforms);
        assertThat(PublishedEvents.header(records.get(0), "ce_type")).isEqualTo("se.styrkort.forecast.changed.v1");
        assertThat(BudgetEvents.json(records.get(0)).get("state").get("runRate").isNull()).isTrue();
        JsonNode moved = BudgetEvents.json(records.get(1)).get("state");
        assertThat(moved.get("runRate").decimalValue()).isEqualByComparingTo(new BigDecimal("-180000"));
        assertThat(moved.get("amount").decimalValue()).isEqualByComparingTo(new BigDecimal("-240000"));
    }

    @Test
    void anInvestmentAndItsFollowUpArePublished() throws Exception {
        UUID unit = unit("jh");
        String id = post("jh-economist", "/api/v1/investments", "{\"orgUnitId\":\"" + unit + "\",\"area\":\"HNR/Hjärta\","
                + "\"object\":\"Komplett röntgensystem för intervention (PCI)\",\"investmentType\":\"REINVESTMENT\","
                + "\"category\":\"CARRIED_OVER\",\"amount\":15000000,\"years\":[2022,2023],\"decisionRef\":\"HSN/85/2022\","
                + "\"plannedTime\":\"2023 Q2\",\"procurementContacted\":true}").then().statusCode(201)
                .extract().path("id");
        put("jh-economist", "/api/v1/investments/" + id + "/follow-ups/2023-T1", "\"0\"",
                "{\"outcomeToDate\":2500000,\"forecastYearEnd\":15000000,\"comment\":\"Enligt plan\"}").then()
                .statusCode(200);

        List<ConsumerRecord<String, String>> records = BudgetEvents.of(id, 2);
        records.forEach(EventContract::assertConforms);
        assertThat(PublishedEvents.header(records.get(1), "ce_type")).isEqualTo("se.styrkort.investment.changed.v1");
        JsonNode state = BudgetEvents.json(records.get(1)).get("state");
        assertThat(state.get("followUps").get(0).get("period").asText()).isEqualTo("2023-T1");
        assertThat(state.get("years").toString()).isEqualTo("[2022,2023]");
        // Its unit's self-financing degree for the period, from no actuals: nothing to finance with.
        String indicator = UUID.nameUUIDFromBytes(("financial-indicator:region-jh:" + unit + ":2023-T1:"
                + "SELF_FINANCING_DEGREE").getBytes(StandardCharsets.UTF_8)).toString();
        ConsumerRecord<String, String> derived = BudgetEvents.of(indicator, 1).get(0);
        EventContract.assertConforms(derived);
        assertThat(PublishedEvents.header(derived, "ce_type")).isEqualTo("se.styrkort.financial-indicator.changed.v1");
        JsonNode value = BudgetEvents.json(derived).get("state");
        assertThat(value.get("code").asText()).isEqualTo("SELF_FINANCING_DEGREE");
        assertThat(value.get("period").asText()).isEqualTo("2023-T1");
        assertThat(value.get("value").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void aStaffFigureIsPublished() throws Exception {
        UUID unit = unit("jh");
        String id = post("jh-economist", "/api/v1/staff-figures", "{\"orgUnitId\":\"" + unit
                + "\",\"asOf\":\"2022-08-31\",\"category\":\"Månadsavlönade\",\"total\":469,\"women\":262,\"men\":207}")
                .then().statusCode(201).extract().path("id");
        put("jh-economist", "/api/v1/staff-figures/" + id, "\"0\"", "{\"orgUnitId\":\"" + unit
                + "\",\"asOf\":\"2022-08-31\",\"category\":\"Månadsavlönade\",\"total\":469}").then().statusCode(200);

        List<ConsumerRecord<String, String>> records = BudgetEvents.of(id, 2);
        records.forEach(EventContract::assertConforms);
        assertThat(PublishedEvents.header(records.get(0), "ce_type")).isEqualTo("se.styrkort.staff-figure.changed.v1");
        JsonNode created = BudgetEvents.json(records.get(0)).get("state");
        assertThat(created.get("orgUnitId").asText()).isEqualTo(unit.toString());
        assertThat(created.get("asOf").asText()).isEqualTo("2022-08-31");
        assertThat(created.get("women").asInt()).isEqualTo(262);
        JsonNode changed = BudgetEvents.json(records.get(1));
        assertThat(changed.get("changeType").asText()).isEqualTo("UPDATED");
        assertThat(changed.get("state").get("women").isNull()).isTrue();
    }
}
