package se.styrkort.goals.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.styrkort.testsupport.EventContract;
import se.styrkort.testsupport.PublishedEvents;
import se.styrkort.testsupport.Tokens;

/**
 * The aggregates of the plan structure publish like plans do: one CloudEvent per write, typed by
 * aggregate, and held to the service's AsyncAPI document and JSON Schemas.
 */
@QuarkusTest
class StructureEventsTest {

    private static final String TOPIC = "styrkort.goals";
    private static final ObjectMapper JSON = new ObjectMapper();

    static String create(String user, String path, String body) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(201).extract().path("id");
    }

    @Test
    void eachAggregateTypePublishesExactlyOneConformingEventPerWrite() throws Exception {
        String unit = create("jh-admin", "/api/v1/org-units",
                "{\"name\":\"Hälso- och sjukvårdsnämnden\",\"kind\":\"COMMITTEE\"}");
        String plan = create("jh-planner", "/api/v1/plans",
                "{\"name\":\"Verksamhetsplan 2023\",\"fromYear\":2023,\"toYear\":2023,\"ownerUnitId\":\"" + unit + "\"}");
        String strategy = create("jh-planner", "/api/v1/strategies",
                "{\"planId\":\"" + plan + "\",\"name\":\"Strategi för vård\"}");
        String overall = create("jh-planner", "/api/v1/overall-goals",
                "{\"strategyId\":\"" + strategy + "\",\"title\":\"God och nära vård i hela Jämtland Härjedalen\"}");
        String assignment = create("jh-planner", "/api/v1/assignments", "{\"overallGoalId\":\"" + overall
                + "\",\"title\":\"Använd kompetensen rätt\",\"assignedUnitIds\":[\"" + unit + "\"]}");
        String goal = create("jh-planner", "/api/v1/goals", "{\"planId\":\"" + plan + "\",\"ownerUnitId\":\"" + unit
                + "\",\"overallGoalId\":\"" + overall + "\",\"title\":\"Maximalt 15 % återinskrivningar\"}");
        String indicator = create("jh-planner", "/api/v1/indicators", "{\"goalId\":\"" + goal
                + "\",\"name\":\"Andel återinskrivningar\",\"direction\":\"LOWER_IS_BETTER\",\"genderSplit\":true,"
                + "\"externalCodes\":{\"kolada\":\"U00901\"},"
                + "\"baselines\":[{\"period\":\"2022-T1\",\"women\":14.1,\"men\":16.0}],"
                + "\"targets\":[{\"year\":2023,\"kind\":\"AT_MOST\",\"value\":15.0,\"wording\":\"Maximalt 15%\"}]}");
        String activity = create("jh-planner", "/api/v1/activities", "{\"goalId\":\"" + goal
                + "\",\"title\":\"Införa karriärmodeller\",\"startDate\":\"2023-01-01\",\"endDate\":\"2023-12-31\"}");

        expectOne(unit, "org-unit", "name", "Hälso- och sjukvårdsnämnden");
        expectOne(plan, "plan", "ownerUnitId", unit);
        expectOne(strategy, "strategy", "planId", plan);
        expectOne(overall, "overall-goal", "strategyId", strategy);
        expectOne(assignment, "assignment", "overallGoalId", overall);
        expectOne(goal, "goal", "ownerUnitId", unit);
        String controlPoint = create("jh-planner", "/api/v1/control-points", "{\"planId\":\"" + plan
                + "\",\"controlPoint\":\"Nationella medel används kostnadseffektivt\",\"performer\":\"God och nära vård\","
                + "\"method\":\"Kontroll av finansiell rapportering\",\"followUps\":[{\"date\":\"2023-08-31\"}]}");
        String item = create("jh-planner", "/api/v1/follow-up-items", "{\"planId\":\"" + plan
                + "\",\"kind\":\"FOLLOW_UP\",\"bodyUnitId\":\"" + unit + "\",\"topic\":\"Patientsäkerhetsberättelse\"}");
        expectOne(activity, "activity", "state", "NOT_STARTED");
        expectOne(controlPoint, "control-point", "planId", plan);
        assertThat(expectOne(item, "follow-up-item", "bodyUnitId", unit).get("kind").asText()).isEqualTo("FOLLOW_UP");
        JsonNode state = expectOne(indicator, "indicator", "goalId", goal);
        // Decimals travel as written.
        assertThat(state.get("targets").get(0).get("value").toString()).isEqualTo("15.0");
        assertThat(state.get("baselines").get(0).get("men").toString()).isEqualTo("16.0");

        given().header("Authorization", Tokens.bearer("jh-planner")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body("{\"adoptedDate\":\"2022-11-29\",\"decisionRef\":\"HSN/726/2022\"}")
                .post("/api/v1/plans/" + plan + "/adopt").then().statusCode(200);
        List<ConsumerRecord<String, String>> adopted = PublishedEvents.of(TOPIC, plan, 2);
        assertThat(adopted).hasSize(2);
        EventContract.assertConforms(adopted.get(1));
        JsonNode adoption = JSON.readTree(adopted.get(1).value()).get("state");
        assertThat(adoption.get("decisionRef").asText()).isEqualTo("HSN/726/2022");
        assertThat(adoption.get("adoptedByUnitId").asText()).isEqualTo(unit);

        given().header("Authorization", Tokens.bearer("jh-admin")).header("If-Match", "\"0\"")
                .post("/api/v1/org-units/" + unit + "/retire").then().statusCode(200);
        List<ConsumerRecord<String, String>> records = PublishedEvents.of(TOPIC, unit, 2);
        assertThat(records).hasSize(2);
        EventContract.assertConforms(records.get(1));
        JsonNode retired = JSON.readTree(records.get(1).value());
        assertThat(retired.get("changeType").asText()).isEqualTo("UPDATED");
        assertThat(retired.get("version").asLong()).isEqualTo(1);
        assertThat(retired.get("state").get("version").asLong()).as("the state's own version").isEqualTo(1);
        assertThat(retired.get("state").get("retired").asBoolean()).isTrue();
    }

    private static JsonNode expectOne(String id, String type, String field, String value) throws Exception {
        List<ConsumerRecord<String, String>> records = PublishedEvents.of(TOPIC, id, 1);
        assertThat(records).as(type).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        EventContract.assertConforms(record);
        assertThat(PublishedEvents.header(record, "ce_type")).isEqualTo("se.styrkort." + type + ".changed.v1");
        assertThat(PublishedEvents.header(record, "ce_tenant")).isEqualTo("region-jh");
        assertThat(PublishedEvents.header(record, "ce_subject")).isEqualTo(id);
        JsonNode data = JSON.readTree(record.value());
        assertThat(data.get("changeType").asText()).isEqualTo("CREATED");
        assertThat(data.get("version").asLong()).isZero();
        assertThat(data.get("state").get("id").asText()).isEqualTo(id);
        assertThat(data.get("state").get(field).asText()).isEqualTo(value);
        return data.get("state");
    }
}
