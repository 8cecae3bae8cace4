package se.styrkort.goals.api;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.styrkort.goals.api.Api.create;
import static se.styrkort.goals.api.Api.get;
import static se.styrkort.goals.api.Api.json;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** "Indicators due in period P" and the year filters, by docs/domain.md, "Follow-up frequency and what is due". */
@QuarkusTest
class DueIndicatorsTest {

    static String indicator(String goal, String name, String frequency) {
        return create("nb-planner", "/api/v1/indicators", json("goalId", goal, "name", name,
                "direction", "HIGHER_IS_BETTER", "followUpFrequency", frequency));
    }

    static void expectDue(String plan, String period, String... names) {
        get("nb-viewer", "/api/v1/indicators?planId=" + plan + "&due=" + period).then().statusCode(200)
                .body("items.name", containsInAnyOrder((Object[]) names));
    }

    @Test
    void anIndicatorIsDueInThePeriodsItsFrequencyFollowsUp() {
        String unit = Api.unit("nb-admin", "Regionstyrelsen", "BOARD", null, null);
        String plan = Api.plan("nb-planner", "Regional utvecklingsplan 2022", 2022, 2022, unit);
        String termly = create("nb-planner", "/api/v1/goals", json("planId", plan, "ownerUnitId", unit,
                "title", "Elevernas närvaro", "followUpFrequency", "TERM"));
        String plain = create("nb-planner", "/api/v1/goals", json("planId", plan, "ownerUnitId", unit,
                "title", "God ekonomisk hushållning"));
        indicator(plain, "Sjukfrånvaro DÅ 04, 08, ÅR", "INTERIM_REPORTS");
        indicator(plain, "Kostnadsutveckling per månad", "MONTHLY");
        indicator(plain, "Väntetider per tertial", "TERTIAL");
        indicator(plain, "Medarbetarenkät", "YEARLY");
        indicator(termly, "Närvaro (goal's term)", null);
        indicator(plain, "Resultat (no frequency)", null);

        expectDue(plan, "2022-T2", "Sjukfrånvaro DÅ 04, 08, ÅR", "Kostnadsutveckling per månad", "Väntetider per tertial");
        expectDue(plan, "2022-T3", "Kostnadsutveckling per månad", "Väntetider per tertial");
        expectDue(plan, "2022-08", "Sjukfrånvaro DÅ 04, 08, ÅR", "Kostnadsutveckling per månad", "Väntetider per tertial");
        expectDue(plan, "2022-06", "Kostnadsutveckling per månad", "Närvaro (goal's term)");
        expectDue(plan, "2022-HT", "Kostnadsutveckling per månad", "Närvaro (goal's term)");
        expectDue(plan, "2022-03", "Kostnadsutveckling per månad");
        expectDue(plan, "2022", "Sjukfrånvaro DÅ 04, 08, ÅR", "Kostnadsutveckling per månad", "Väntetider per tertial",
                "Medarbetarenkät", "Närvaro (goal's term)", "Resultat (no frequency)");
        expectDue(plan, "2023-T2");

        get("nb-viewer", "/api/v1/indicators?due=2022-T4").then().statusCode(400)
                .body("violations", hasSize(1)).body("violations[0].field", equalTo("due"));
        get("nb-viewer", "/api/v1/indicators?planId=" + plan + "&year=2022").then().statusCode(200).body("items", hasSize(6));
        get("nb-viewer", "/api/v1/indicators?planId=" + plan + "&year=2023").then().statusCode(200).body("items", hasSize(0));
        get("nb-viewer", "/api/v1/goals?planId=" + plan + "&year=2022").then().statusCode(200).body("items", hasSize(2));
        get("nb-viewer", "/api/v1/goals?planId=" + plan + "&year=2021").then().statusCode(200).body("items", hasSize(0));
        String other = Api.unit("nb-admin", "Folktandvården", "DIVISION", null, null);
        String strategy = create("nb-planner", "/api/v1/strategies", json("planId", plan, "name", "Ekonomi"));
        String overall = create("nb-planner", "/api/v1/overall-goals", json("strategyId", strategy,
                "title", "Långsiktigt hållbar ekonomi"));
        String shared = create("nb-planner", "/api/v1/goals", json("planId", plan, "ownerUnitId", unit,
                "coOwnerUnitIds", java.util.List.of(other), "overallGoalId", overall, "title", "Ekonomi i balans"));
        indicator(shared, "Resultat mot budget", "MONTHLY");
        get("nb-viewer", "/api/v1/indicators?strategyId=" + strategy).then().statusCode(200)
                .body("items.name", containsInAnyOrder("Resultat mot budget"));
        get("nb-viewer", "/api/v1/indicators?unitId=" + other).then().statusCode(200)
                .body("items.name", containsInAnyOrder("Resultat mot budget"));
        get("nb-viewer", "/api/v1/indicators?unitId=" + unit + "&planId=" + plan).then().statusCode(200)
                .body("items", hasSize(7));
        get("nb-viewer", "/api/v1/goals?year=1999").then().statusCode(400).body("violations[0].field", equalTo("year"));
    }
}
