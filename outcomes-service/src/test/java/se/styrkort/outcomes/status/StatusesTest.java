package se.styrkort.outcomes.status;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import se.styrkort.outcomes.GoalsFixture;
import se.styrkort.testsupport.EventContract;
import se.styrkort.testsupport.PublishedEvents;
import se.styrkort.testsupport.Tokens;

/**
 * Statuses computed from stored outcomes against the replicated targets, recomputed in the same
 * transaction as whatever changes them, and published only when they change.
 */
@QuarkusTest
class StatusesTest {

    static final String TOPIC = "styrkort.outcomes";
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** A unit, a plan 2022–2023 it owns and one goal of it, fresh for each test. */
    record Scenario(UUID unit, UUID plan, UUID goal) {

        static Scenario fresh(String frequency) {
            UUID unit = GoalsFixture.unit(GoalsFixture.JH, "Regionstyrelsen");
            UUID plan = GoalsFixture.plan(GoalsFixture.JH, unit, 2022, 2023);
            return new Scenario(unit, plan, GoalsFixture.goal(GoalsFixture.JH, plan, unit, "A goal", frequency));
        }

        Map<String, Object> indicator(String unitOfMeasure, String frequency, List<Map<String, Object>> targets) {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("goalId", goal);
            state.put("name", "An indicator");
            state.put("unitOfMeasure", unitOfMeasure);
            state.put("direction", "HIGHER_IS_BETTER");
            state.put("followUpFrequency", frequency);
            state.put("genderSplit", true);
            state.put("tolerance", null);
            state.put("subIndicatorIds", List.of());
            state.put("externalCodes", Map.of());
            state.put("targets", targets);
            state.put("baselines", List.of());
            return state;
        }
    }

    static RestAssuredConfig decimals() {
        return RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static String measurement(UUID indicator, UUID unit, String period, String kind, String values) {
        return "{\"indicatorId\":\"" + indicator + "\",\"orgUnitId\":\"" + unit + "\",\"period\":\"" + period
                + "\",\"valueKind\":\"" + kind + "\"," + values + "}";
    }

    static Response record(String user, String body) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/measurements");
    }

    static ValidatableResponse status(UUID indicator, UUID unit, String period) {
        return given().config(decimals()).header("Authorization", Tokens.bearer("jh-viewer"))
                .queryParam("indicatorId", indicator).queryParam("orgUnitId", unit).queryParam("period", period)
                .get("/api/v1/statuses").then().statusCode(200).body("items", hasSize(1));
    }

    static ValidatableResponse goalStatus(UUID goal, String period) {
        return given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("goalId", goal)
                .queryParam("period", period).get("/api/v1/goal-statuses").then().statusCode(200)
                .body("items", hasSize(1));
    }

    static UUID indicatorStatusId(UUID indicator, UUID unit, String period) {
        return UUID.nameUUIDFromBytes(("indicator-status:region-jh:" + indicator + ":" + unit + ":" + period)
                .getBytes(StandardCharsets.UTF_8));
    }

    static UUID goalStatusId(UUID goal, String period) {
        return UUID.nameUUIDFromBytes(("goal-status:region-jh:" + goal + ":" + period).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anOutcomeGetsItsStatusWithTheNumbersBehindItAndATargetChangeReEvaluatesIt() throws Exception {
        Scenario s = Scenario.fresh(null);
        Map<String, Object> state = s.indicator("%", "INTERIM_REPORTS",
                List.of(GoalsFixture.target(2022, "AT_LEAST", 90)));
        UUID indicator = GoalsFixture.indicator(GoalsFixture.JH, state);

        // Due but not reported: no status (a missing report instead); no target for 2023: NO_TARGET;
        // not due: NOT_DUE.
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("indicatorId", indicator)
                .queryParam("period", "2022-T2").get("/api/v1/statuses").then().statusCode(200)
                .body("items", hasSize(0));
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("period", "2022-T2")
                .queryParam("planId", s.plan()).get("/api/v1/missing-reports").then().statusCode(200)
                .body("items.indicatorId", equalTo(List.of(indicator.toString())));
        record("jh-reporter", measurement(indicator, s.unit(), "2023-T2", "ACCUMULATED", "\"total\":95"))
                .then().statusCode(201);
        status(indicator, s.unit(), "2023-T2").body("items[0].reason", equalTo("NO_TARGET"));
        record("jh-reporter", measurement(indicator, s.unit(), "2022-T3", "ACCUMULATED", "\"total\":95"))
                .then().statusCode(201);
        status(indicator, s.unit(), "2022-T3").body("items[0].status", equalTo("NOT_MEASURABLE"))
                .body("items[0].reason", equalTo("NOT_DUE"));

        // Exactly on target is green; the numbers are shown.
        record("jh-reporter", measurement(indicator, s.unit(), "2022-T2", "ACCUMULATED", "\"total\":90.0"))
                .then().statusCode(201);
        status(indicator, s.unit(), "2022-T2").body("items[0].status", equalTo("GREEN"))
                .body("items[0].reason", equalTo("MET"))
                .body("items[0].total", hasToString("90.0"))
                .body("items[0].comparedWith", hasToString("90"))
                .body("items[0].tolerance", hasToString("9.00"))
                .body("items[0].target.kind", equalTo("AT_LEAST"))
                .body("items[0].planId", equalTo(s.plan().toString()))
                .body("items[0].goalId", equalTo(s.goal().toString()));

        // The target rises to 95 with a tolerance of 2: 90 is now more than the tolerance short.
        GoalsFixture.update(GoalsFixture.JH, "indicator", indicator, GoalsFixture.with(GoalsFixture.with(state,
                "targets", List.of(GoalsFixture.target(2022, "AT_LEAST", 95))), "tolerance", 2));
        status(indicator, s.unit(), "2022-T2").body("items[0].status", equalTo("RED"))
                .body("items[0].reason", equalTo("MISSED"))
                .body("items[0].comparedWith", hasToString("95"))
                .body("items[0].tolerance", hasToString("2"));
        goalStatus(s.goal(), "2022-T2").body("items[0].computedStatus", equalTo("RED"))
                .body("items[0].status", equalTo("RED"))
                .body("items[0].indicators[0].indicatorId", equalTo(indicator.toString()));

        UUID id = indicatorStatusId(indicator, s.unit(), "2022-T2");
        List<ConsumerRecord<String, String>> events = PublishedEvents.of(TOPIC, id.toString(), 2);
        // GREEN with the outcome, RED with the new target: nothing while it was only due.
        assertThat(events).hasSize(2);
        events.forEach(EventContract::assertConforms);
        assertThat(JSON.readTree(events.get(0).value()).get("changeType").asText()).isEqualTo("CREATED");
        JsonNode last = JSON.readTree(events.get(1).value());
        assertThat(last.get("changeType").asText()).isEqualTo("UPDATED");
        assertThat(last.get("version").asLong()).isEqualTo(1);
        assertThat(last.at("/state/status").asText()).isEqualTo("RED");
        assertThat(last.at("/state/target/value").decimalValue()).isEqualByComparingTo("95");
        assertThat(last.at("/state/updatedBy").asText()).isEqualTo("outcomes-service");

        List<ConsumerRecord<String, String>> goalEvents = PublishedEvents.of(TOPIC,
                goalStatusId(s.goal(), "2022-T2").toString(), 1);
        goalEvents.forEach(EventContract::assertConforms);
        assertThat(JSON.readTree(goalEvents.get(goalEvents.size() - 1).value()).at("/state/computedStatus").asText())
                .isEqualTo("RED");
    }

    @Test
    void anUnchangedRepeatAndAnUnchangedRecomputationPublishNoStatus() {
        Scenario s = Scenario.fresh(null);
        Map<String, Object> state = s.indicator("st", null, List.of(GoalsFixture.target(2022, "AT_MOST", 10)));
        UUID indicator = GoalsFixture.indicator(GoalsFixture.JH, state);
        String body = measurement(indicator, s.unit(), "2022", "PERIOD", "\"total\":11");
        record("jh-reporter", body).then().statusCode(201);
        record("jh-reporter", body).then().statusCode(200);
        // A new event with the same target changes no number: nothing to publish.
        GoalsFixture.update(GoalsFixture.JH, "indicator", indicator, GoalsFixture.with(state, "name", "Renamed"));
        status(indicator, s.unit(), "2022").body("items[0].status", equalTo("YELLOW"))
                .body("items[0].reason", equalTo("WITHIN_TOLERANCE"));
        // A target that does change the colour publishes; it must come right after the first event.
        GoalsFixture.update(GoalsFixture.JH, "indicator", indicator, GoalsFixture.with(GoalsFixture.with(state,
                "name", "Renamed"), "targets", List.of(GoalsFixture.target(2022, "AT_MOST", 5))));
        status(indicator, s.unit(), "2022").body("items[0].status", equalTo("RED"));

        List<ConsumerRecord<String, String>> events = PublishedEvents.of(TOPIC,
                indicatorStatusId(indicator, s.unit(), "2022").toString(), 2);
        assertThat(events).hasSize(2);
        assertThat(events.get(1).value()).contains("\"version\":1").contains("\"status\":\"RED\"");
    }

    @Test
    void aBenchmarkArrivingAfterTheOutcomeDecidesTheStatus() {
        Scenario s = Scenario.fresh(null);
        String code = "riket-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> target = GoalsFixture.with(GoalsFixture.target(2022, "BENCHMARK", null),
                "benchmarkOrganization", code.toUpperCase());
        Map<String, Object> state = GoalsFixture.with(s.indicator("per 1000", null, List.of(target)), "direction",
                "LOWER_IS_BETTER");
        UUID indicator = GoalsFixture.indicator(GoalsFixture.JH, state);
        record("jh-reporter", measurement(indicator, s.unit(), "2022", "PERIOD", "\"total\":262"))
                .then().statusCode(201);
        status(indicator, s.unit(), "2022").body("items[0].reason", equalTo("NO_BENCHMARK"));

        String riket = given().header("Authorization", Tokens.bearer("jh-admin")).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"Riket\"}").post("/api/v1/benchmark-organizations")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", Tokens.bearer("jh-reporter")).contentType(ContentType.JSON)
                .body("{\"code\":\"x\",\"name\":\"X\"}").post("/api/v1/benchmark-organizations").then().statusCode(403);
        record("jh-feed", measurement(indicator, UUID.fromString(riket), "2022", "PERIOD", "\"total\":250"))
                .then().statusCode(201);

        // Lower is better: 262 against 250 is worse, within 10 % of 250.
        status(indicator, s.unit(), "2022").body("items[0].status", equalTo("YELLOW"))
                .body("items[0].comparedWith", hasToString("250"))
                .body("items[0].tolerance", hasToString("25.00"));
        // The benchmark organization has no status of its own.
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("orgUnitId", riket)
                .get("/api/v1/statuses").then().statusCode(200).body("items", hasSize(0));
        record("jh-feed", measurement(indicator, UUID.fromString(riket), "2022", "PERIOD", "\"total\":280"))
                .then().statusCode(200);
        status(indicator, s.unit(), "2022").body("items[0].status", equalTo("GREEN"));
    }

    @Test
    void anActivityIndicatorTakesAStateAndNoNumber() {
        Scenario s = Scenario.fresh(null);
        UUID indicator = GoalsFixture.indicator(GoalsFixture.JH,
                s.indicator(null, null, List.of(GoalsFixture.target(2022, "ACTIVITY", null))));
        record("jh-reporter", measurement(indicator, s.unit(), "2022-T2", "ACCUMULATED", "\"total\":1"))
                .then().statusCode(400).body("violations.field", equalTo(List.of("activityState", "total")));
        record("jh-reporter", measurement(indicator, s.unit(), "2022-T2", "ACCUMULATED", "\"activityState\":\"IN_PROGRESS\""))
                .then().statusCode(201).body("activityState", equalTo("IN_PROGRESS"));
        status(indicator, s.unit(), "2022-T2").body("items[0].status", equalTo("YELLOW"))
                .body("items[0].reason", equalTo("ACTIVITY_IN_PROGRESS"));

        UUID number = GoalsFixture.indicator(GoalsFixture.JH,
                s.indicator(null, null, List.of(GoalsFixture.target(2022, "AT_LEAST", 1))));
        record("jh-reporter", measurement(number, s.unit(), "2022", "PERIOD", "\"activityState\":\"DONE\""))
                .then().statusCode(400).body("violations.field", equalTo(List.of("activityState", "total")));
    }

    @Test
    void theTotalIsDerivedFromWomenAndMenOnlyForCounts() {
        Scenario s = Scenario.fresh(null);
        UUID count = GoalsFixture.indicator(GoalsFixture.JH,
                s.indicator("antal", null, List.of(GoalsFixture.target(2022, "AT_LEAST", 70))));
        UUID share = GoalsFixture.indicator(GoalsFixture.JH,
                s.indicator("%", null, List.of(GoalsFixture.target(2022, "AT_LEAST", 70))));
        record("jh-reporter", measurement(count, s.unit(), "2022", "PERIOD", "\"women\":40,\"men\":26"))
                .then().statusCode(201).body("total", equalTo(66));
        record("jh-reporter", measurement(share, s.unit(), "2022", "PERIOD", "\"women\":80,\"men\":60"))
                .then().statusCode(201).body("total", nullValue());

        status(count, s.unit(), "2022").body("items[0].status", equalTo("YELLOW"))
                .body("items[0].women", hasToString("40")).body("items[0].men", hasToString("26"));
        // A share of the whole is no sum of the genders: without a total nothing is compared.
        status(share, s.unit(), "2022").body("items[0].status", equalTo("NOT_MEASURABLE"))
                .body("items[0].reason", equalTo("NO_DATA")).body("items[0].women", hasToString("80"));
    }

    @Test
    void theAccumulatedValueIsWhatTheStatusReadsWhenBothAreRecorded() {
        Scenario s = Scenario.fresh("TERTIAL");
        UUID indicator = GoalsFixture.indicator(GoalsFixture.JH,
                s.indicator(null, null, List.of(GoalsFixture.target(2022, "AT_MOST", 5))));
        record("jh-reporter", measurement(indicator, s.unit(), "2022-T2", "PERIOD", "\"total\":4"))
                .then().statusCode(201);
        status(indicator, s.unit(), "2022-T2").body("items[0].status", equalTo("GREEN"))
                .body("items[0].valueKind", equalTo("PERIOD"));
        record("jh-reporter", measurement(indicator, s.unit(), "2022-T2", "ACCUMULATED", "\"total\":7"))
                .then().statusCode(201);
        status(indicator, s.unit(), "2022-T2").body("items[0].status", equalTo("RED"))
                .body("items[0].valueKind", equalTo("ACCUMULATED")).body("items[0].total", hasToString("7"));
    }

    @Test
    void aCorrectionChangesTheStatusAndKeepsTheOldValue() {
        Scenario s = Scenario.fresh(null);
        UUID indicator = GoalsFixture.indicator(GoalsFixture.JH,
                s.indicator(null, null, List.of(GoalsFixture.target(2022, "RANGE", null))));
        GoalsFixture.update(GoalsFixture.JH, "indicator", indicator, s.indicator(null, null,
                List.of(GoalsFixture.with(GoalsFixture.with(GoalsFixture.target(2022, "RANGE", null), "lo", 10), "hi", 20))));
        String id = record("jh-reporter", measurement(indicator, s.unit(), "2022", "PERIOD", "\"total\":25"))
                .then().statusCode(201).extract().path("id");
        status(indicator, s.unit(), "2022").body("items[0].status", equalTo("RED"));
        given().header("Authorization", Tokens.bearer("jh-reporter")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(measurement(indicator, s.unit(), "2022", "PERIOD", "\"total\":21"))
                .put("/api/v1/measurements/" + id).then().statusCode(200);
        status(indicator, s.unit(), "2022").body("items[0].status", equalTo("YELLOW"));
        given().header("Authorization", Tokens.bearer("jh-viewer")).get("/api/v1/measurements/" + id + "/revisions")
                .then().statusCode(200).body("items.total", equalTo(List.of(25, 21)));
    }

    @Test
    void aGoalIsYellowWhenItsIndicatorsDifferAndAGoalWithoutIndicatorsFollowsItsActivities() {
        Scenario s = Scenario.fresh(null);
        UUID green = GoalsFixture.indicator(GoalsFixture.JH,
                s.indicator(null, null, List.of(GoalsFixture.target(2022, "AT_LEAST", 1))));
        UUID red = GoalsFixture.indicator(GoalsFixture.JH,
                s.indicator(null, null, List.of(GoalsFixture.target(2022, "AT_LEAST", 100))));
        record("jh-reporter", measurement(green, s.unit(), "2022", "PERIOD", "\"total\":1")).then().statusCode(201);
        record("jh-reporter", measurement(red, s.unit(), "2022", "PERIOD", "\"total\":1")).then().statusCode(201);
        goalStatus(s.goal(), "2022").body("items[0].computedStatus", equalTo("YELLOW"))
                .body("items[0].reason", equalTo("MIXED")).body("items[0].indicators", hasSize(2));

        UUID bare = GoalsFixture.goal(GoalsFixture.JH, s.plan(), s.unit(), "Only activities", null);
        // Neither indicators nor activities: no status is stored; the roll-up counts it NOT_MEASURABLE.
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("goalId", bare)
                .queryParam("period", "2022").get("/api/v1/goal-statuses").then().statusCode(200)
                .body("items", hasSize(0));
        UUID activity = GoalsFixture.activity(GoalsFixture.JH, bare, "Workshops", "IN_PROGRESS");
        goalStatus(bare, "2022").body("items[0].computedStatus", equalTo("YELLOW"))
                .body("items[0].reason", equalTo("FROM_ACTIVITIES"));
        GoalsFixture.update(GoalsFixture.JH, "activity", activity,
                Map.of("goalId", bare, "title", "Workshops", "state", "DONE"));
        goalStatus(bare, "2022").body("items[0].computedStatus", equalTo("GREEN"))
                .body("items[0].planId", equalTo(s.plan().toString()));
    }

    @Test
    void anotherRegionsIndicatorIsRejectedExactlyLikeAnUnknownOne() {
        UUID theirs = GoalsFixture.indicator(GoalsFixture.NB);
        UUID nbUnit = GoalsFixture.unit(GoalsFixture.NB);
        UUID unit = GoalsFixture.unit();
        String other = record("jh-reporter", measurement(theirs, unit, "2022", "PERIOD", "\"total\":1"))
                .then().statusCode(400).extract().body().asString();
        String unknown = record("jh-reporter", measurement(UUID.randomUUID(), unit, "2022", "PERIOD", "\"total\":1"))
                .then().statusCode(400).extract().body().asString();
        assertThat(other).isEqualTo(unknown).contains("indicatorId").contains("no such indicator");
        record("jh-reporter", measurement(GoalsFixture.indicator(), nbUnit, "2022", "PERIOD", "\"total\":1"))
                .then().statusCode(400).body("violations.field", equalTo(List.of("orgUnitId")));
        record("nb-reporter", measurement(theirs, nbUnit, "2022", "PERIOD", "\"total\":1")).then().statusCode(201);
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("indicatorId", theirs)
                .get("/api/v1/statuses").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aWrongUnitOfMeasureIsRejectedOnItsField() {
        Scenario s = Scenario.fresh(null);
        UUID indicator = GoalsFixture.indicator(GoalsFixture.JH,
                s.indicator("kWh/m2", null, List.of(GoalsFixture.target(2022, "AT_MOST", 200))));
        record("jh-reporter", measurement(indicator, s.unit(), "2022", "PERIOD", "\"total\":190,\"unitOfMeasure\":\"MWh\""))
                .then().statusCode(400).body("violations.field", equalTo(List.of("unitOfMeasure")));
        record("jh-reporter", measurement(indicator, s.unit(), "2022", "PERIOD", "\"total\":190,\"unitOfMeasure\":\"kwh/m2\""))
                .then().statusCode(201);
    }

    @Test
    void missingReportsListWhatIsDueAndNotReportedPerUnitAndResponsible() {
        Scenario s = Scenario.fresh(null);
        UUID reported = GoalsFixture.indicator(GoalsFixture.JH,
                s.indicator(null, "INTERIM_REPORTS", List.of(GoalsFixture.target(2022, "AT_LEAST", 1))));
        UUID missing = GoalsFixture.indicator(GoalsFixture.JH,
                s.indicator(null, "INTERIM_REPORTS", List.of(GoalsFixture.target(2022, "AT_LEAST", 1))));
        UUID yearly = GoalsFixture.indicator(GoalsFixture.JH,
                s.indicator(null, "YEARLY", List.of(GoalsFixture.target(2022, "AT_LEAST", 1))));
        record("jh-reporter", measurement(reported, s.unit(), "2022-T2", "ACCUMULATED", "\"total\":1")).then().statusCode(201);

        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("period", "2022-T2")
                .queryParam("planId", s.plan()).get("/api/v1/missing-reports").then().statusCode(200)
                .body("items.indicatorId", equalTo(List.of(missing.toString())))
                .body("items[0].orgUnitName", equalTo("Regionstyrelsen"))
                .body("items[0].responsibleUnitId", equalTo(s.unit().toString()))
                .body("items[0].goalTitle", equalTo("A goal"))
                .body("items[0].followUpFrequency", equalTo("INTERIM_REPORTS"));
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("period", "2022")
                .queryParam("planId", s.plan()).get("/api/v1/missing-reports").then().statusCode(200)
                .body("items.indicatorId", hasItem(yearly.toString())).body("items", hasSize(3));
        given().header("Authorization", Tokens.bearer("nb-viewer")).queryParam("period", "2022-T2")
                .queryParam("planId", s.plan()).get("/api/v1/missing-reports").then().statusCode(200)
                .body("items", hasSize(0));
        given().header("Authorization", Tokens.bearer("jh-viewer")).get("/api/v1/missing-reports").then()
                .statusCode(400);
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("period", "2022-T2")
                .get("/api/v1/missing-reports").then().statusCode(200)
                .body("items.indicatorId", not(hasItem(reported.toString())));
    }

    @Test
    void kOfNCountsItsSubIndicatorsAndIncreaseComparesWithTheReferencePeriod() {
        Scenario s = Scenario.fresh(null);
        List<UUID> subs = List.of(
                GoalsFixture.indicator(GoalsFixture.JH,
                        s.indicator(null, null, List.of(GoalsFixture.target(2022, "AT_LEAST", 10)))),
                GoalsFixture.indicator(GoalsFixture.JH,
                        s.indicator(null, null, List.of(GoalsFixture.target(2022, "AT_LEAST", 10)))),
                GoalsFixture.indicator(GoalsFixture.JH,
                        s.indicator(null, null, List.of(GoalsFixture.target(2022, "AT_LEAST", 10)))));
        UUID parent = GoalsFixture.indicator(GoalsFixture.JH, GoalsFixture.with(s.indicator(null, null,
                List.of(GoalsFixture.with(GoalsFixture.target(2022, "K_OF_N", null), "k", 2))), "subIndicatorIds", subs));
        record("jh-reporter", measurement(subs.get(0), s.unit(), "2022", "PERIOD", "\"total\":10")).then().statusCode(201);
        status(parent, s.unit(), "2022").body("items[0].status", equalTo("YELLOW"))
                .body("items[0].reason", equalTo("SOME_SUB_INDICATORS_GREEN"));
        record("jh-reporter", measurement(subs.get(1), s.unit(), "2022", "PERIOD", "\"total\":12")).then().statusCode(201);
        record("jh-reporter", measurement(subs.get(2), s.unit(), "2022", "PERIOD", "\"total\":1")).then().statusCode(201);
        status(parent, s.unit(), "2022").body("items[0].status", equalTo("GREEN"))
                .body("items[0].reason", equalTo("ENOUGH_SUB_INDICATORS_GREEN"))
                .body("items[0].total", nullValue()).body("items[0].comparedWith", hasToString("2"));

        Map<String, Object> increase = GoalsFixture.with(GoalsFixture.target(2022, "INCREASE", null), "referencePeriod",
                "2021");
        UUID rising = GoalsFixture.indicator(GoalsFixture.JH, GoalsFixture.with(s.indicator(null, null, List.of(increase)),
                "baselines", List.of(Map.of("period", "2021", "value", 100))));
        record("jh-reporter", measurement(rising, s.unit(), "2022", "PERIOD", "\"total\":95")).then().statusCode(201);
        status(rising, s.unit(), "2022").body("items[0].status", equalTo("YELLOW"))
                .body("items[0].comparedWith", hasToString("100"));
        // The unit's own outcome for the reference period is what the target compares with, once there is one.
        record("jh-reporter", measurement(rising, s.unit(), "2021", "PERIOD", "\"total\":90")).then().statusCode(201);
        status(rising, s.unit(), "2022").body("items[0].status", equalTo("GREEN"))
                .body("items[0].comparedWith", hasToString("90"));
    }
}
