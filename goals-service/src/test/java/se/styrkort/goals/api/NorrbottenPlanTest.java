package se.styrkort.goals.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.styrkort.goals.api.Api.create;
import static se.styrkort.goals.api.Api.get;
import static se.styrkort.goals.api.Api.json;
import static se.styrkort.goals.api.Api.put;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Seed 004: Region Norrbotten, Hälso- och sjukvårdsnämnden, plan 2023–2025 — strategic goal →
 * success factor, the same model as Jämtland's flat list of overall goals, one level deeper.
 */
@QuarkusTest
class NorrbottenPlanTest {

    @Test
    void strategicGoalsCarryTheirSuccessFactors() {
        String rs = Api.unit("nb-admin", "Regionstyrelsen", "BOARD", null, null);
        String hsn = Api.unit("nb-admin", "Hälso- och sjukvårdsnämnden", "COMMITTEE", null, null);
        String plan = Api.plan("nb-planner", "Verksamhetsplan för hälso- och sjukvårdsnämnden 2023-2025", 2023, 2025, hsn);
        String strategy = create("nb-planner", "/api/v1/strategies",
                json("planId", plan, "name", "Regionstyrelsens inriktning för verksamheten"));
        String trygg = create("nb-planner", "/api/v1/overall-goals", json("strategyId", strategy,
                "title", "Trygg norrbottning med god, jämlik och jämställd hälsa",
                "description", "Långsiktiga mål är ökad medellivslängd och självskattad hälsa samt minskad skillnad "
                        + "mellan kommuner med lägst respektive högst värde."));
        String tillganglighet = create("nb-planner", "/api/v1/overall-goals", json("strategyId", strategy,
                "parentId", trygg, "title", "Framgångsfaktor: En god vård med hög tillgänglighet och kontinuitet"));
        String digital = create("nb-planner", "/api/v1/overall-goals",
                json("strategyId", strategy, "parentId", trygg, "title", "Framgångsfaktor: Digital ingång"));
        create("nb-planner", "/api/v1/overall-goals", json("strategyId", strategy, "parentId", trygg,
                "title", "Framgångsfaktor: Jämlik och jämställd hälsa genom främjande och förebyggande åtgärder"));
        String naraVard = create("nb-planner", "/api/v1/overall-goals",
                json("strategyId", strategy, "title", "Nära vård"));
        create("nb-planner", "/api/v1/overall-goals", json("strategyId", strategy, "parentId", naraVard,
                "title", "Framgångsfaktor: Förflyttning mot öppna vårdformer"));
        // Styrmått are followed up at the interim reports and the year end: "DÅ 04, 08, ÅR".
        String digitalen = create("nb-planner", "/api/v1/goals", json("planId", plan, "ownerUnitId", hsn,
                "coOwnerUnitIds", java.util.List.of(rs), "overallGoalId", digital,
                "title", "Antal slutförda ärenden (triage) per år totalt i länet på Digitalen",
                "followUpFrequency", "INTERIM_REPORTS"));
        String telefon = create("nb-planner", "/api/v1/goals", json("planId", plan, "ownerUnitId", hsn,
                "overallGoalId", tillganglighet,
                "title", "Andel medicinsk bedömning av legitimerad personal i primärvård inom 3 dagar",
                "followUpFrequency", "INTERIM_REPORTS", "genderSplit", true));

        get("nb-viewer", "/api/v1/overall-goals?parentId=" + trygg).then().statusCode(200).body("total", equalTo(3));
        get("nb-viewer", "/api/v1/plans/" + plan + "/tree").then().statusCode(200)
                .body("strategies", hasSize(1))
                .body("strategies[0].overallGoals.overallGoal.title",
                        contains("Trygg norrbottning med god, jämlik och jämställd hälsa", "Nära vård"))
                .body("strategies[0].overallGoals[0].children", hasSize(3))
                .body("strategies[0].overallGoals[0].children[0].goals.goal.id", contains(telefon))
                .body("strategies[0].overallGoals[0].children[1].goals.goal.id", contains(digitalen))
                .body("strategies[0].overallGoals[0].children[1].goals[0].goal.followUpFrequency", equalTo("INTERIM_REPORTS"))
                .body("strategies[0].overallGoals[1].children.overallGoal.title",
                        contains("Framgångsfaktor: Förflyttning mot öppna vårdformer"));

        // A strategic goal cannot be placed below its own success factor.
        put("nb-planner", "/api/v1/overall-goals/" + trygg, 0, json("strategyId", strategy, "parentId", digital,
                "title", "Trygg norrbottning med god, jämlik och jämställd hälsa"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations", hasSize(1)).body("violations[0].field", equalTo("parentId"));
        // A success factor moves from one strategic goal to another.
        put("nb-planner", "/api/v1/overall-goals/" + digital, 0, json("strategyId", strategy, "parentId", naraVard,
                "title", "Framgångsfaktor: Digital ingång"))
                .then().statusCode(200).header("ETag", "\"1\"").body("parentId", equalTo(naraVard));
    }
}
