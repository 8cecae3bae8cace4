package se.styrkort.goals.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static se.styrkort.goals.api.Api.create;
import static se.styrkort.goals.api.Api.get;
import static se.styrkort.goals.api.Api.json;
import static se.styrkort.goals.api.Api.post;
import static se.styrkort.goals.api.Api.put;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import se.styrkort.testsupport.Tokens;

/** Adoption freezes a plan; a change after it goes into a new version and the adopted one stays as adopted. */
@QuarkusTest
class PlanAdoptionTest {

    static Response adopt(String user, String planId, long version, Map<String, ?> decision) {
        return given().header("Authorization", Tokens.bearer(user)).header("If-Match", "\"" + version + "\"")
                .contentType(ContentType.JSON).body(decision).post("/api/v1/plans/" + planId + "/adopt");
    }

    static Map<String, Object> decision(String ref) {
        return json("adoptedDate", "2022-11-29", "decisionRef", ref);
    }

    static String indicator(String goal) {
        return create("jh-planner", "/api/v1/indicators", json("goalId", goal, "name", "Andel operationer inom måldatum",
                "unitOfMeasure", "%", "direction", "HIGHER_IS_BETTER", "targets",
                List.of(json("year", 2023, "kind", "AT_LEAST", "value", 80, "wording", "Minst 80 %"))));
    }

    @Test
    void adoptionNeedsABodyAndADateAndTakesADecisionReferenceWhereThereIsOne() {
        StructureRulesTest.Structure s = StructureRulesTest.build("jh");
        String rs = Api.unit("jh-admin", "Regionstyrelsen", "BOARD", null, null);
        String otherRegion = Api.unit("nb-admin", "Regionfullmäktige", "COUNCIL", null, null);

        adopt("jh-planner", s.plan(), 0, decision("452/2022")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations", hasSize(1)).body("violations[0].field", equalTo("decisionRef"));
        adopt("jh-planner", s.plan(), 0, json("decisionRef", "RS 123")).then().statusCode(400)
                .body("violations", hasSize(2)).body("violations.field", hasItems("adoptedDate", "decisionRef"));
        adopt("jh-planner", s.plan(), 0, json("adoptedDate", "2022-11-29", "adoptedByUnitId", otherRegion)).then()
                .statusCode(400).body("violations", hasSize(1)).body("violations[0].field", equalTo("adoptedByUnitId"));
        adopt("jh-viewer", s.plan(), 0, decision("RS/452/2022")).then().statusCode(403);
        adopt("nb-planner", s.plan(), 0, decision("RS/452/2022")).then().statusCode(404);
        adopt("jh-planner", s.plan(), 7, decision("RS/452/2022")).then().statusCode(412);
        get("jh-viewer", "/api/v1/plans/" + s.plan()).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("adoptedByUnitId", equalTo(null));

        // A committee's plan adopted by the board, on a paragraph of its minutes.
        adopt("jh-planner", s.plan(), 0, json("adoptedByUnitId", rs, "adoptedDate", "2022-11-29", "decisionRef", "§ 123"))
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("ADOPTED"))
                .body("adoptedByUnitId", equalTo(rs)).body("adoptedDate", equalTo("2022-11-29"))
                .body("decisionRef", equalTo("§ 123")).body("planVersion", equalTo(1));
        adopt("jh-planner", s.plan(), 1, decision("RS/453/2022")).then().statusCode(409);
    }

    @Test
    void aPlanIsAdoptedByItsOwnerWhenNoBodyIsNamedAndWithoutAReferenceWhenTheMinutesGiveNone() {
        StructureRulesTest.Structure s = StructureRulesTest.build("nb");
        adopt("nb-planner", s.plan(), 0, json("adoptedDate", "2023-05-05")).then().statusCode(200)
                .body("adoptedByUnitId", equalTo(s.unit())).body("decisionRef", equalTo(null));
        put("nb-planner", "/api/v1/goals/" + s.goal(), 0, json("planId", s.plan(), "ownerUnitId", s.unit(),
                "title", "Ändrat mål")).then().statusCode(409).body("detail", containsString("2023-05-05"));

        String ownerless = create("nb-planner", "/api/v1/plans", json("name", "Plan utan ägare", "fromYear", 2023,
                "toYear", 2023));
        adopt("nb-planner", ownerless, 0, json("adoptedDate", "2023-05-05")).then().statusCode(400)
                .body("violations[0].field", equalTo("adoptedByUnitId"));
    }

    @Test
    void anAdoptedPlanRefusesEveryChangeWithAPointerToANewVersion() {
        StructureRulesTest.Structure s = StructureRulesTest.build("jh");
        String indicator = indicator(s.goal());
        adopt("jh-planner", s.plan(), 0, decision("HSN/726/2022")).then().statusCode(200);

        put("jh-planner", "/api/v1/goals/" + s.goal(), 0, json("planId", s.plan(), "ownerUnitId", s.unit(),
                "title", "Ändrat mål")).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("HSN/726/2022"))
                .body("detail", containsString("/api/v1/plans/" + s.plan() + "/versions"));
        put("jh-planner", "/api/v1/indicators/" + indicator, 0, json("goalId", s.goal(), "name", "Nytt namn",
                "direction", "HIGHER_IS_BETTER")).then().statusCode(409);
        put("jh-planner", "/api/v1/strategies/" + s.strategy(), 0, json("planId", s.plan(), "name", "Ny"))
                .then().statusCode(409);
        put("jh-planner", "/api/v1/overall-goals/" + s.overallGoal(), 0, json("strategyId", s.strategy(),
                "title", "Ny")).then().statusCode(409);
        put("jh-planner", "/api/v1/assignments/" + s.assignment(), 0, json("overallGoalId", s.overallGoal(),
                "title", "Ny", "assignedUnitIds", List.of(s.unit()))).then().statusCode(409);
        put("jh-planner", "/api/v1/plans/" + s.plan(), 1, json("name", "Ny", "fromYear", 2023, "toYear", 2023))
                .then().statusCode(409);
        post("jh-planner", "/api/v1/goals", json("planId", s.plan(), "ownerUnitId", s.unit(), "title", "Nytt mål"))
                .then().statusCode(409);
        post("jh-planner", "/api/v1/strategies", json("planId", s.plan(), "name", "Ny strategi")).then().statusCode(409);
        post("jh-planner", "/api/v1/overall-goals", json("strategyId", s.strategy(), "title", "Nytt"))
                .then().statusCode(409);
        post("jh-planner", "/api/v1/indicators", json("goalId", s.goal(), "name", "Nytt", "direction",
                "HIGHER_IS_BETTER")).then().statusCode(409);
        get("jh-viewer", "/api/v1/indicators/" + indicator).then().statusCode(200).header("ETag", "\"0\"")
                .body("targets[0].wording", equalTo("Minst 80 %"));
    }

    @Test
    void aCopyKeepsParentsThatWereNamedAfterTheirChildren() {
        StructureRulesTest.Structure s = StructureRulesTest.build("jh");
        String later = create("jh-planner", "/api/v1/goals", json("planId", s.plan(), "ownerUnitId", s.unit(),
                "title", "Övergripande resultatmål, skapat senare"));
        put("jh-planner", "/api/v1/goals/" + s.goal(), 0, json("planId", s.plan(), "ownerUnitId", s.unit(),
                "overallGoalId", s.overallGoal(), "parentGoalId", later,
                "title", "Andel elektiva operationer inom medicinskt måldatum")).then().statusCode(200);
        String sub = create("jh-planner", "/api/v1/indicators", json("goalId", s.goal(), "name", "Parameter 1",
                "direction", "HIGHER_IS_BETTER"));
        String kOfN = create("jh-planner", "/api/v1/indicators", json("goalId", s.goal(), "name", "2 av 3",
                "direction", "HIGHER_IS_BETTER"));
        String laterSub = create("jh-planner", "/api/v1/indicators", json("goalId", s.goal(), "name", "Parameter 2",
                "direction", "HIGHER_IS_BETTER"));
        put("jh-planner", "/api/v1/indicators/" + kOfN, 0, json("goalId", s.goal(), "name", "2 av 3",
                "direction", "HIGHER_IS_BETTER", "subIndicatorIds", List.of(sub, laterSub), "targets",
                List.of(json("year", 2023, "kind", "K_OF_N", "k", 2)))).then().statusCode(200);
        adopt("jh-planner", s.plan(), 0, decision("RS/452/2022")).then().statusCode(200);

        String draft = post("jh-planner", "/api/v1/plans/" + s.plan() + "/versions", Map.of()).then().statusCode(201)
                .extract().path("id");
        JsonPath goals = get("jh-viewer", "/api/v1/goals?planId=" + draft).then().statusCode(200).extract().jsonPath();
        String parentCopy = goals.getString("items.find { it.title.startsWith('Övergripande') }.id");
        assertThat(goals.getString("items.find { it.title.startsWith('Andel') }.parentGoalId")).isEqualTo(parentCopy);
        get("jh-viewer", "/api/v1/indicators?planId=" + draft + "&q=2 av 3").then().statusCode(200)
                .body("items[0].subIndicatorIds", hasSize(2)).body("items[0].targets[0].k", equalTo(2));
    }

    @Test
    void aNewVersionIsADraftCopyAndTheAdoptedPlanStaysAsAdopted() {
        StructureRulesTest.Structure s = StructureRulesTest.build("jh");
        String factor = create("jh-planner", "/api/v1/overall-goals", json("strategyId", s.strategy(),
                "parentId", s.overallGoal(), "title", "Framgångsfaktor: rätt vårdnivå"));
        String child = create("jh-planner", "/api/v1/goals", json("planId", s.plan(), "ownerUnitId", s.unit(),
                "overallGoalId", factor, "parentGoalId", s.goal(), "title", "Enhetens mål"));
        indicator(s.goal());
        create("jh-planner", "/api/v1/activities", json("goalId", s.goal(), "title", "Införa karriärmodeller"));
        create("jh-planner", "/api/v1/control-points", json("planId", s.plan(), "controlPoint", "Nationella medel",
                "performer", "Primärvården", "method", "Kontroll av finansiell rapportering"));
        post("jh-planner", "/api/v1/plans/" + s.plan() + "/versions", Map.of()).then().statusCode(409);
        adopt("jh-planner", s.plan(), 0, decision("RS/452/2022")).then().statusCode(200);

        String draft = post("jh-planner", "/api/v1/plans/" + s.plan() + "/versions", Map.of()).then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("planVersion", equalTo(2))
                .body("predecessorId", equalTo(s.plan())).body("decisionRef", equalTo(null))
                .body("name", equalTo("Verksamhetsplan 2023")).extract().path("id");
        post("jh-planner", "/api/v1/plans/" + s.plan() + "/versions", Map.of()).then().statusCode(409)
                .body("detail", containsString(draft));

        JsonPath copy = get("jh-viewer", "/api/v1/plans/" + draft + "/tree").then().statusCode(200).extract().jsonPath();
        assertThat(copy.getString("strategies[0].strategy.id")).isNotEqualTo(s.strategy());
        assertThat(copy.getString("strategies[0].strategy.name")).isEqualTo("Strategi för vård");
        String copiedGoal = copy.getString("strategies[0].overallGoals[0].goals[0].goal.id");
        assertThat(copiedGoal).isNotEqualTo(s.goal());
        assertThat(copy.getString("strategies[0].overallGoals[0].assignments[0].title"))
                .isEqualTo("Tillhandahålla vård i rimlig tid");
        assertThat(copy.getString("strategies[0].overallGoals[0].goals[0].indicators[0].targets[0].wording"))
                .isEqualTo("Minst 80 %");
        assertThat(copy.getString("strategies[0].overallGoals[0].children[0].goals[0].goal.parentGoalId"))
                .as("a parent goal in the same plan moves to its copy").isEqualTo(copiedGoal);
        assertThat(copy.getString("strategies[0].overallGoals[0].children[0].goals[0].goal.id")).isNotEqualTo(child);
        assertThat(copy.getString("strategies[0].overallGoals[0].goals[0].activities[0].title"))
                .isEqualTo("Införa karriärmodeller");
        get("jh-viewer", "/api/v1/control-points?planId=" + draft).then().statusCode(200).body("items", hasSize(1));

        // The draft takes changes; the adopted plan does not move.
        put("jh-planner", "/api/v1/goals/" + copiedGoal, 0, json("planId", draft, "ownerUnitId", s.unit(),
                "title", "Reviderat mål")).then().statusCode(200);
        get("jh-viewer", "/api/v1/plans/" + s.plan() + "/tree").then().statusCode(200)
                .body("plan.status", equalTo("ADOPTED"))
                .body("strategies[0].overallGoals[0].goals[0].goal.id", equalTo(s.goal()))
                .body("strategies[0].overallGoals[0].goals[0].goal.title",
                        equalTo("Andel elektiva operationer inom medicinskt måldatum"));
        post("nb-planner", "/api/v1/plans/" + s.plan() + "/versions", Map.of()).then().statusCode(404);
    }
}
