package se.styrkort.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * One plan through all four services and the real broker: the structure written in goals-service,
 * outcomes pushed through outcomes-service's bulk import, the roll-up in reporting-service changing
 * with them, with a target change and an assessment override, and a budget actual from
 * budget-service in the economy view.
 */
@ExtendWith(StackExtension.class)
class EndToEndTest {

    /**
     * Within about a second on a quiet stack; the bound is generous because this runs right after the
     * demo load, whose thousands of events reporting-service may still be working through.
     */
    private static final Duration FRESH = Duration.ofSeconds(120);

    @Test
    void outcomesTargetsAssessmentsAndActualsReachTheRollup(Api api) {
        TestPlan test = TestPlan.create(api);
        String unit = test.unit();
        String plan = test.plan();
        String strategy = test.strategy();
        String goal = test.goal();
        String indicatorId = test.indicator();
        Map<String, Object> indicator = test.indicatorInput();

        // Before any outcome the goal is not measurable.
        String strategyRollup = test.strategyRollup();
        Api.Response empty = api.await(FRESH, r -> r.status() == 200 && counts(r, strategy).path("total").asInt() == 1,
                "jh-viewer", "reporting", strategyRollup);
        assertThat(counts(empty, strategy).path("notMeasurable").asInt()).as(empty.toString()).isEqualTo(1);

        // The feed pushes 92 % against "Minst 90 %": GREEN.
        String csv = "indicatorId;orgUnitId;period;valueKind;total\n" + indicatorId + ";" + unit + ";2026-T1;ACCUMULATED;92\n";
        Api.Response imported = awaitImport(api, csv);
        assertThat(imported.json().path("accepted").asInt()).as(imported.toString()).isEqualTo(1);
        Api.Response green = api.await(FRESH, r -> counts(r, strategy).path("green").asInt() == 1,
                "jh-viewer", "reporting", strategyRollup);
        assertThat(counts(green, strategy).path("green").asInt()).as(green.toString()).isEqualTo(1);
        assertThat(rollup(green, strategy).path("overallStatus").asText()).isEqualTo("GREEN");

        // The target becomes "Minst 95 %": 92 is within the default tolerance (9.5): YELLOW.
        Api.Response current = api.get("jh-planner", "goals", "/api/v1/indicators/" + indicatorId);
        Map<String, Object> raised = new HashMap<>(indicator);
        raised.put("targets", List.of(Map.of("year", 2026, "kind", "AT_LEAST", "value", 95, "wording", "Minst 95 %")));
        Api.Response changed = api.put("jh-planner", "goals", "/api/v1/indicators/" + indicatorId, raised, current.version());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        Api.Response yellow = api.await(FRESH, r -> counts(r, strategy).path("yellow").asInt() == 1,
                "jh-viewer", "reporting", strategyRollup);
        assertThat(counts(yellow, strategy).path("yellow").asInt()).as(yellow.toString()).isEqualTo(1);

        // The goal's owner assesses it RED with a justification: the roll-up follows the assessment.
        Api.Response assessed = api.post("jh-reporter", "outcomes", "/api/v1/assessments", Map.of("goalId", goal,
                "period", "2026-T1", "assessedStatus", "RED", "justification", "Vaccinationerna har stannat av i maj",
                "analysis", "Bemanningen räcker inte"));
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(201);
        Api.Response red = api.await(FRESH, r -> counts(r, strategy).path("red").asInt() == 1,
                "jh-viewer", "reporting", strategyRollup);
        assertThat(counts(red, strategy).path("red").asInt()).as(red.toString()).isEqualTo(1);
        JsonNode drill = api.get("jh-viewer", "reporting", "/api/v1/rollups/goals?planId=" + plan + "&period=2026-T1")
                .json().path("items").path(0);
        assertThat(drill.toString()).contains("YELLOW", "RED", "Bemanningen räcker inte");

        // A budget frame and an actual of the unit show in the economy view.
        // budget-service knows the new unit once its event has arrived: until then the unit is unknown (400).
        Api.Response frame = Api.await(FRESH, r -> r.status() != 400, () -> api.post("jh-economist", "budget",
                "/api/v1/budget-frames", Map.of("orgUnitId", unit, "year", 2026, "kind", "BUDGET", "lines",
                        List.of(Map.of("category", "PERSONNEL", "officials", -1200000, "electedMembers", 0)))));
        assertThat(frame.status()).as(frame.toString()).isEqualTo(201);
        Api.Response actual = api.post("jh-economist", "budget", "/api/v1/actuals", Map.of("orgUnitId", unit,
                "year", 2026, "month", 3, "category", "PERSONNEL", "amount", -310000));
        assertThat(actual.status()).as(actual.toString()).isIn(200, 201);
        Api.Response economy = api.await(FRESH, r -> r.body().contains("-310000"), "jh-viewer", "reporting",
                "/api/v1/economy?period=2026-T1&unit=" + unit);
        assertThat(economy.body()).as(economy.toString()).contains("PERSONNEL", "-310000");

        // Another region sees none of it.
        assertThat(api.get("nb-viewer", "reporting", strategyRollup).status()).isEqualTo(404);
        assertThat(api.get("nb-viewer", "reporting", "/api/v1/economy?period=2026-T1&unit=" + unit).json()
                .path("total").asInt()).isZero();
    }

    /** The import, repeated while outcomes-service has not yet heard of the new indicator. */
    private static Api.Response awaitImport(Api api, String csv) {
        return Api.await(FRESH, r -> r.status() != 200 || r.json().path("rejected").asInt() == 0,
                () -> api.post("jh-feed", "outcomes", "/api/v1/imports", csv, "text/csv"));
    }

    private static JsonNode rollup(Api.Response r, String keyId) {
        if (r.status() != 200) {
            return MissingNode.getInstance();
        }
        for (JsonNode item : r.json().path("items")) {
            if (keyId.equals(item.path("keyId").asText())) {
                return item;
            }
        }
        return MissingNode.getInstance();
    }

    private static JsonNode counts(Api.Response r, String keyId) {
        return rollup(r, keyId).path("counts");
    }
}
