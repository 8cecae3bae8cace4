package se.styrkort.outcomes.status;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.styrkort.outcomes.GoalsFixture;
import se.styrkort.testsupport.Tokens;

/**
 * The strategy "Ett friskare liv" of the regional board's interim report per August 2022
 * (seeds/002_…): its ten goals with their targets arrive as goals events, the outcomes the report
 * gives are imported as the report's CSV would carry them, and each goal's status is what the
 * report's text says: "Ja" against "Genomförd aktivitet" is done, "Pågående" is in progress, 66
 * against "Minst 70 st" is short within the tolerance, 1 against "Minst 3 st" is far short, and
 * "Hittills görs ingen mätning" leaves a goal without an outcome, so not measurable.
 */
@QuarkusTest
class InterimReportSeedTest {

    /** One goal of the section: its wording, its indicator's target and the outcome the report gives. */
    record Row(String goal, String unitOfMeasure, String kind, Integer target, String outcome, boolean activity,
            String expectedStatus, String expectedReason) {
    }

    static final List<Row> SECTION = List.of(
            new Row("I högre grad stödja personer med ohälsosamma levnadsvanor", null, "ACTIVITY", null, "Ja", true,
                    "GREEN", "ACTIVITY_DONE"),
            new Row("I högre grad använda den länsgemensamma folkhälsopolicyn i regionstabens arbete", null,
                    "ACTIVITY", null, "Pågående", true, "YELLOW", "ACTIVITY_IN_PROGRESS"),
            new Row("Kvalitetssäkrade underlag ska finnas för analys och prioritering inom område folkhälsa", null,
                    "ACTIVITY", null, "Pågående", true, "YELLOW", "ACTIVITY_IN_PROGRESS"),
            new Row("Antal medarbetare och förtroendevalda som genomgått E-utbildning i samisk kulturförståelse ska öka",
                    "st", "AT_LEAST", 70, "66", false, "YELLOW", "WITHIN_TOLERANCE"),
            new Row("Medarbetare i diplomeringsutbildning i hbtqi och normkritik upplever att de fått ny kunskap",
                    "%", "AT_LEAST", 8, "80", false, "GREEN", "MET"),
            new Row("Motverka diskriminering och psykisk ohälsa bland samer", null, "ACTIVITY", null, "Pågående",
                    true, "YELLOW", "ACTIVITY_IN_PROGRESS"),
            new Row("Det strategiska arbetet gällande samverkan mellan kultur och folkhälsa ska utvecklas", "st",
                    "AT_LEAST", 3, "1", false, "RED", "MISSED"),
            new Row("Utveckla samarbeten med förenings- och näringsliv för invånarnas delaktighet i sin hälsa", "st",
                    "AT_LEAST", 3, "1", false, "RED", "MISSED"),
            new Row("Skillnaden i deltagande i hälsosamtal mellan olika områden ska vara så liten som möjligt", "%",
                    "AT_MOST", 20, null, false, "NOT_MEASURABLE", "NO_DATA"),
            new Row("Fler medarbetare och förtroendevalda ska genomgå grundläggande utbildning inom psykisk hälsa och suicidprevention",
                    "%", "AT_LEAST", 20, null, false, "NOT_MEASURABLE", "NO_DATA"));

    @Test
    void theStatusesOfEttFriskareLivAreWhatTheReportSays() {
        String tenant = GoalsFixture.JH;
        UUID board = GoalsFixture.unit(tenant, "Regionstyrelsen");
        UUID plan = GoalsFixture.plan(tenant, board, 2022, 2022);
        Map<Row, UUID> goals = new LinkedHashMap<>();
        Map<Row, UUID> indicators = new LinkedHashMap<>();
        for (Row row : SECTION) {
            UUID goal = GoalsFixture.goal(tenant, plan, board, row.goal(), "INTERIM_REPORTS");
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("goalId", goal);
            state.put("name", row.goal());
            state.put("unitOfMeasure", row.unitOfMeasure());
            state.put("direction", row.kind().equals("AT_MOST") ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER");
            state.put("followUpFrequency", null);
            state.put("genderSplit", false);
            state.put("tolerance", null);
            state.put("subIndicatorIds", List.of());
            state.put("targets", List.of(GoalsFixture.target(2022, row.kind(), row.target())));
            state.put("baselines", List.of());
            goals.put(row, goal);
            indicators.put(row, GoalsFixture.indicator(tenant, state));
        }

        // The outcomes as the report's table gives them; activities by the words the report uses.
        List<String> lines = new ArrayList<>(List.of("indicatorId;orgUnitId;period;valueKind;total;activityState"));
        for (Row row : SECTION) {
            if (row.outcome() != null) {
                lines.add(indicators.get(row) + ";" + board + ";2022-T2;ACCUMULATED;"
                        + (row.activity() ? ";" + row.outcome() : row.outcome() + ";"));
            }
        }
        given().header("Authorization", Tokens.bearer("jh-feed")).contentType("text/csv; charset=UTF-8")
                .body(String.join("\n", lines)).post("/api/v1/imports").then().statusCode(200)
                .body("accepted", equalTo(8)).body("rejected", equalTo(0));

        JsonPath statuses = given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("planId", plan)
                .queryParam("period", "2022-T2").queryParam("size", 100).get("/api/v1/goal-statuses").then()
                .statusCode(200).extract().jsonPath();
        Map<String, String> byGoal = new LinkedHashMap<>();
        for (int i = 0; i < statuses.getList("items").size(); i++) {
            byGoal.put(statuses.getString("items[" + i + "].goalId"), statuses.getString("items[" + i + "].status"));
        }
        List<String> missing = given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("planId", plan)
                .queryParam("period", "2022-T2").get("/api/v1/missing-reports").then().statusCode(200).extract()
                .jsonPath().getList("items.indicatorId");
        for (Row row : SECTION) {
            if (row.outcome() == null) {
                // Not reported: no status is stored, which the roll-up counts NOT_MEASURABLE; the
                // indicator is a missing report.
                assertThat(byGoal).as(row.goal()).doesNotContainKey(goals.get(row).toString());
                assertThat(missing).as(row.goal()).contains(indicators.get(row).toString());
                byGoal.put(goals.get(row).toString(), "NOT_MEASURABLE");
                continue;
            }
            assertThat(byGoal.get(goals.get(row).toString())).as(row.goal()).isEqualTo(row.expectedStatus());
            given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("indicatorId", indicators.get(row))
                    .queryParam("period", "2022-T2").get("/api/v1/statuses").then().statusCode(200)
                    .body("items[0].reason", equalTo(row.expectedReason()));
        }
        assertThat(missing).hasSize(2);
        // The section's tally: 2 green, 4 yellow, 2 red, 2 not measurable.
        assertThat(byGoal.values().stream().collect(Collectors.groupingBy(s -> s, Collectors.counting())))
                .isEqualTo(Map.of("GREEN", 2L, "YELLOW", 4L, "RED", 2L, "NOT_MEASURABLE", 2L));
    }
}
