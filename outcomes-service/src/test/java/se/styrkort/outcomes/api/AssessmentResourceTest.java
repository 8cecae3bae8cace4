package se.styrkort.outcomes.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import se.styrkort.outcomes.GoalsFixture;
import se.styrkort.testsupport.EventContract;
import se.styrkort.testsupport.PublishedEvents;
import se.styrkort.testsupport.Tokens;

/** Assessments of goals and indicators: justification required, history kept, the goal status follows. */
@QuarkusTest
class AssessmentResourceTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static Response post(String user, String body) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/assessments");
    }

    /** A goal with one AT_LEAST 10 indicator, at 8 in 2022: computed YELLOW. */
    static UUID[] yellowGoal() {
        GoalsFixture.OwnedGoal owned = GoalsFixture.ownedGoal(GoalsFixture.JH, "Hälso- och sjukvårdsnämnden", 2022,
                "Tillgänglig vård");
        Map<String, Object> state = owned.indicator("Andel", "HIGHER_IS_BETTER");
        state.put("targets", List.of(GoalsFixture.target(2022, "AT_LEAST", 10)));
        UUID indicator = GoalsFixture.indicator(GoalsFixture.JH, state);
        given().header("Authorization", Tokens.bearer("jh-reporter")).contentType(ContentType.JSON)
                .body("{\"indicatorId\":\"" + indicator + "\",\"orgUnitId\":\"" + owned.unit()
                        + "\",\"period\":\"2022\",\"valueKind\":\"PERIOD\",\"total\":9.5}")
                .post("/api/v1/measurements").then().statusCode(201);
        return new UUID[] { owned.unit(), owned.plan(), owned.goal(), indicator };
    }

    @Test
    void anAssessedStatusNeedsAJustificationAndOverridesTheGoalsComputedStatus() throws Exception {
        UUID[] ids = yellowGoal();
        UUID goal = ids[2];
        post("jh-reporter", "{\"goalId\":\"" + goal + "\",\"period\":\"2022\",\"assessedStatus\":\"GREEN\"}")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("justification")));
        post("jh-viewer", "{\"goalId\":\"" + goal + "\",\"period\":\"2022\"}").then().statusCode(403);
        post("jh-reporter", "{\"goalId\":\"" + goal + "\",\"indicatorId\":\"" + ids[3] + "\",\"period\":\"2022\"}")
                .then().statusCode(400).body("violations.field", equalTo(List.of("goalId")));

        String id = post("jh-reporter", "{\"goalId\":\"" + goal + "\",\"period\":\"2022\",\"assessedStatus\":\"GREEN\","
                + "\"justification\":\"Målet nås under hösten\",\"analysis\":\"Väntetiderna minskar\","
                + "\"plannedActions\":\"Fler mottagningstider\",\"forecastValue\":10.5,\"forecastStatus\":\"GREEN\"}")
                .then().statusCode(201).header("ETag", "\"0\"").body("computedStatus", equalTo("YELLOW"))
                .body("assessedStatus", equalTo("GREEN")).body("orgUnitId", equalTo(ids[0].toString()))
                .body("planId", equalTo(ids[1].toString())).body("createdBy", equalTo("jh-reporter"))
                .extract().path("id");
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("goalId", goal).queryParam("period", "2022")
                .get("/api/v1/goal-statuses").then().statusCode(200)
                .body("items[0].computedStatus", equalTo("YELLOW")).body("items[0].assessedStatus", equalTo("GREEN"))
                .body("items[0].status", equalTo("GREEN"))
                .body("items[0].justification", equalTo("Målet nås under hösten"));
        post("jh-reporter", "{\"goalId\":\"" + goal + "\",\"period\":\"2022\"}").then().statusCode(409);

        String changed = "{\"goalId\":\"" + goal + "\",\"period\":\"2022\",\"analysis\":\"Bedömningen dras tillbaka\"}";
        given().header("Authorization", Tokens.bearer("jh-reporter")).contentType(ContentType.JSON).body(changed)
                .put("/api/v1/assessments/" + id).then().statusCode(428);
        given().header("Authorization", Tokens.bearer("jh-reporter")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(changed).put("/api/v1/assessments/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("assessedStatus", nullValue());
        given().header("Authorization", Tokens.bearer("jh-reporter")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(changed).put("/api/v1/assessments/" + id).then().statusCode(412);
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("goalId", goal).queryParam("period", "2022")
                .get("/api/v1/goal-statuses").then().statusCode(200)
                .body("items[0].assessedStatus", nullValue()).body("items[0].status", equalTo("YELLOW"));
        given().header("Authorization", Tokens.bearer("jh-viewer")).get("/api/v1/assessments/" + id + "/revisions")
                .then().statusCode(200).body("items", hasSize(2))
                .body("items[0].state.assessedStatus", equalTo("GREEN"))
                .body("items[1].state.analysis", equalTo("Bedömningen dras tillbaka"));
        given().header("Authorization", Tokens.bearer("nb-viewer")).get("/api/v1/assessments/" + id).then().statusCode(404);

        List<ConsumerRecord<String, String>> events = PublishedEvents.of("styrkort.outcomes", id, 2);
        assertThat(events).hasSize(2);
        events.forEach(EventContract::assertConforms);
        UUID goalStatus = UUID.nameUUIDFromBytes(("goal-status:region-jh:" + goal + ":2022").getBytes(StandardCharsets.UTF_8));
        List<ConsumerRecord<String, String>> goalEvents = PublishedEvents.of("styrkort.outcomes", goalStatus.toString(), 3);
        goalEvents.forEach(EventContract::assertConforms);
        JsonNode assessed = JSON.readTree(goalEvents.get(goalEvents.size() - 2).value()).get("state");
        assertThat(assessed.get("assessedStatus").asText()).isEqualTo("GREEN");
        assertThat(assessed.get("status").asText()).isEqualTo("GREEN");
        assertThat(JSON.readTree(goalEvents.get(goalEvents.size() - 1).value()).at("/state/status").asText())
                .isEqualTo("YELLOW");
    }

    @Test
    void anIndicatorIsAssessedAtItsGoalsOwnerUnitByDefault() {
        UUID[] ids = yellowGoal();
        post("jh-reporter", "{\"indicatorId\":\"" + ids[3] + "\",\"period\":\"2022\",\"forecastValue\":11}")
                .then().statusCode(201).body("computedStatus", equalTo("YELLOW"))
                .body("orgUnitId", equalTo(ids[0].toString())).body("goalId", nullValue());
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("indicatorId", ids[3])
                .get("/api/v1/assessments").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].forecastValue", equalTo(11));
        post("jh-reporter", "{\"indicatorId\":\"" + UUID.randomUUID() + "\",\"period\":\"2022\"}")
                .then().statusCode(400).body("violations.field", equalTo(List.of("indicatorId")));
    }
}
