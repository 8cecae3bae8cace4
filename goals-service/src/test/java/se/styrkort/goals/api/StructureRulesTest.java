package se.styrkort.goals.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static se.styrkort.goals.api.Api.create;
import static se.styrkort.goals.api.Api.get;
import static se.styrkort.goals.api.Api.json;
import static se.styrkort.goals.api.Api.post;
import static se.styrkort.goals.api.Api.put;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The rules below a plan: no cycles, references inside the plan and the region, bad input per field. */
@QuarkusTest
class StructureRulesTest {

    record Structure(String unit, String plan, String strategy, String overallGoal, String assignment, String goal) {
    }

    static Structure build(String region) {
        String unit = Api.unit(region + "-admin", "Hälso- och sjukvårdsnämnden", "COMMITTEE", null, null);
        String plan = Api.plan(region + "-planner", "Verksamhetsplan 2023", 2023, 2023, unit);
        String strategy = create(region + "-planner", "/api/v1/strategies", json("planId", plan, "name", "Strategi för vård"));
        String overallGoal = create(region + "-planner", "/api/v1/overall-goals",
                json("strategyId", strategy, "title", "Hög tillgänglighet och kontinuitet i vården"));
        String assignment = create(region + "-planner", "/api/v1/assignments", json("overallGoalId", overallGoal,
                "title", "Tillhandahålla vård i rimlig tid", "assignedUnitIds", List.of(unit)));
        String goal = create(region + "-planner", "/api/v1/goals", json("planId", plan, "ownerUnitId", unit,
                "overallGoalId", overallGoal, "title", "Andel elektiva operationer inom medicinskt måldatum"));
        return new Structure(unit, plan, strategy, overallGoal, assignment, goal);
    }

    @Test
    void goalsCascadeButNeverInACircle() {
        Structure s = build("jh");
        String child = create("jh-planner", "/api/v1/goals", json("planId", s.plan(), "ownerUnitId", s.unit(),
                "parentGoalId", s.goal(), "title", "Division: operationer inom måldatum"));
        String grandChild = create("jh-planner", "/api/v1/goals", json("planId", s.plan(), "ownerUnitId", s.unit(),
                "parentGoalId", child, "title", "Enhet: operationer inom måldatum"));

        put("jh-planner", "/api/v1/goals/" + s.goal(), 0, json("planId", s.plan(), "ownerUnitId", s.unit(),
                "parentGoalId", grandChild, "title", "Andel elektiva operationer inom medicinskt måldatum"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations", hasSize(1)).body("violations[0].field", equalTo("parentGoalId"));
        put("jh-planner", "/api/v1/goals/" + child, 0, json("planId", s.plan(), "ownerUnitId", s.unit(),
                "parentGoalId", child, "title", "Division: operationer inom måldatum"))
                .then().statusCode(400).body("violations[0].field", equalTo("parentGoalId"));
        get("jh-viewer", "/api/v1/goals/" + s.goal()).then().statusCode(200).header("ETag", "\"0\"")
                .body("parentGoalId", equalTo(null));
    }

    @Test
    void referencesStayInsideThePlan() {
        Structure s = build("jh");
        String otherPlan = Api.plan("jh-planner", "Regionplan 2023-2025", 2023, 2025, null);
        String otherStrategy = create("jh-planner", "/api/v1/strategies",
                json("planId", otherPlan, "name", "Strategi för vård"));
        String otherOverall = create("jh-planner", "/api/v1/overall-goals",
                json("strategyId", otherStrategy, "title", "God och nära vård"));

        post("jh-planner", "/api/v1/goals", json("planId", s.plan(), "ownerUnitId", s.unit(),
                "overallGoalId", otherOverall, "title", "Fel plan"))
                .then().statusCode(400).body("violations[0].field", equalTo("overallGoalId"));
        post("jh-planner", "/api/v1/overall-goals", json("strategyId", s.strategy(), "parentId", otherOverall,
                "title", "Fel strategi"))
                .then().statusCode(400).body("violations[0].field", equalTo("parentId"));
        put("jh-planner", "/api/v1/strategies/" + s.strategy(), 0, json("planId", otherPlan, "name", "Flyttad"))
                .then().statusCode(400).body("violations[0].field", equalTo("planId"));
        post("jh-planner", "/api/v1/goals", json("planId", s.plan(), "ownerUnitId", s.unit(),
                "coOwnerUnitIds", List.of(s.unit()), "title", "Delat med sig själv"))
                .then().statusCode(400).body("violations[0].field", equalTo("coOwnerUnitIds[0]"));
        post("jh-planner", "/api/v1/assignments", json("overallGoalId", s.overallGoal(), "title", "Uppdrag",
                "assignedUnitIds", List.of(s.unit(), UUID.randomUUID().toString())))
                .then().statusCode(400).body("violations[0].field", equalTo("assignedUnitIds[1]"));
    }

    @Test
    void anotherRegionsStructureDoesNotExistForYou() {
        Structure jh = build("jh");
        for (String path : List.of("strategies/" + jh.strategy(), "overall-goals/" + jh.overallGoal(),
                "assignments/" + jh.assignment(), "goals/" + jh.goal(), "plans/" + jh.plan() + "/tree")) {
            get("nb-admin", "/api/v1/" + path).then().statusCode(404).contentType("application/problem+json");
            get("jh-viewer", "/api/v1/" + path).then().statusCode(200);
        }
        put("nb-admin", "/api/v1/goals/" + jh.goal(), 0, json("planId", jh.plan(), "ownerUnitId", jh.unit(),
                "title", "Övertaget")).then().statusCode(404);
        get("nb-admin", "/api/v1/goals").then().statusCode(200).body("items.id", not(hasItem(jh.goal())));
        get("nb-admin", "/api/v1/goals?planId=" + jh.plan()).then().statusCode(200).body("total", equalTo(0));

        Structure nb = build("nb");
        post("nb-planner", "/api/v1/strategies", json("planId", jh.plan(), "name", "Strategi"))
                .then().statusCode(400).body("violations[0].field", equalTo("planId"));
        post("nb-planner", "/api/v1/goals", json("planId", nb.plan(), "ownerUnitId", nb.unit(),
                "overallGoalId", jh.overallGoal(), "parentGoalId", jh.goal(), "title", "Lånat"))
                .then().statusCode(400).body("violations[0].field", equalTo("overallGoalId"));
        post("nb-planner", "/api/v1/goals", json("planId", nb.plan(), "ownerUnitId", nb.unit(),
                "parentGoalId", jh.goal(), "title", "Lånat"))
                .then().statusCode(400).body("violations[0].field", equalTo("parentGoalId"));
    }

    @Test
    void badInputIsAProblemWithOneEntryPerField() {
        post("jh-planner", "/api/v1/goals", json("title", "", "coOwnerUnitIds", java.util.Arrays.asList((Object) null)))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations", hasSize(4))
                .body("violations.field", hasItems("planId", "ownerUnitId", "title", "coOwnerUnitIds[0]"));
        post("jh-planner", "/api/v1/goals", json("planId", UUID.randomUUID().toString(), "ownerUnitId",
                UUID.randomUUID().toString(), "title", "Mål", "followUpFrequency", "FORTNIGHTLY"))
                .then().statusCode(400).body("violations[0].field", equalTo("followUpFrequency"));
        post("jh-planner", "/api/v1/strategies", json("name", "x".repeat(201), "ordinal", -1))
                .then().statusCode(400).body("violations", hasSize(3))
                .body("violations.field", hasItems("planId", "name", "ordinal"));
        post("jh-planner", "/api/v1/overall-goals", json("title", " "))
                .then().statusCode(400).body("violations", hasSize(2))
                .body("violations.field", hasItems("strategyId", "title"));
        post("jh-planner", "/api/v1/assignments", json("overallGoalId", "not-a-uuid", "title", "Uppdrag"))
                .then().statusCode(400).body("violations[0].field", equalTo("overallGoalId"));
        post("jh-viewer", "/api/v1/goals", json("title", "Läsare skriver inte")).then().statusCode(403);
        put("jh-planner", "/api/v1/goals/" + UUID.randomUUID(), 0, json("planId", UUID.randomUUID().toString(),
                "ownerUnitId", UUID.randomUUID().toString(), "title", "Finns inte")).then().statusCode(404);
    }
}
