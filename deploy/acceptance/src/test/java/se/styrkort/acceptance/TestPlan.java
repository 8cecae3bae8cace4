package se.styrkort.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * A plan of a test's own, written in goals-service: a unit, the plan for 2026, a strategy, an
 * overall goal, a goal followed up by tertial and its indicator, "Minst 90 %" (at least 90) for 2026.
 * Its names carry a number of their own, so that runs and tests do not meet.
 */
record TestPlan(String unit, String plan, String strategy, String goal, String indicator,
        Map<String, Object> indicatorInput) {

    static TestPlan create(Api api) {
        String n = Long.toString(System.nanoTime());
        String unit = created(api.post("jh-admin", "goals", "/api/v1/org-units",
                Map.of("name", "Acceptansenheten " + n, "kind", "UNIT")));
        String plan = created(api.post("jh-planner", "goals", "/api/v1/plans",
                Map.of("name", "Acceptansplan " + n, "fromYear", 2026, "toYear", 2026, "ownerUnitId", unit)));
        String strategy = created(api.post("jh-planner", "goals", "/api/v1/strategies",
                Map.of("planId", plan, "name", "Ett friskare liv")));
        String overallGoal = created(api.post("jh-planner", "goals", "/api/v1/overall-goals",
                Map.of("strategyId", strategy, "title", "En god och jämlik hälsa")));
        String goal = created(api.post("jh-planner", "goals", "/api/v1/goals", Map.of("planId", plan,
                "ownerUnitId", unit, "overallGoalId", overallGoal, "title", "Fler vaccinerade",
                "followUpFrequency", "TERTIAL")));
        Map<String, Object> indicator = Map.of("goalId", goal, "name", "Andel vaccinerade", "unitOfMeasure", "%",
                "direction", "HIGHER_IS_BETTER",
                "targets", List.of(Map.of("year", 2026, "kind", "AT_LEAST", "value", 90, "wording", "Minst 90 %")));
        String indicatorId = created(api.post("jh-planner", "goals", "/api/v1/indicators", indicator));
        return new TestPlan(unit, plan, strategy, goal, indicatorId, indicator);
    }

    /** The roll-up per strategy of the plan in 2026-T1, as reporting-service answers it. */
    String strategyRollup() {
        return "/api/v1/rollups?planId=" + plan + "&period=2026-T1&level=strategy";
    }

    static String created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }
}
