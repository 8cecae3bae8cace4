package se.styrkort.goals.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
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

/** Indicators and their targets: every target wording of the seeds, and the rules that keep them consistent. */
@QuarkusTest
class IndicatorResourceTest {

    record Goal(String plan, String id) {
    }

    static Goal goal(String region, int fromYear, int toYear, String title) {
        String unit = Api.unit(region + "-admin", "Hälso- och sjukvårdsnämnden", "COMMITTEE", null, null);
        String plan = Api.plan(region + "-planner", "Verksamhetsplan", fromYear, toYear, unit);
        String goal = create(region + "-planner", "/api/v1/goals", json("planId", plan, "ownerUnitId", unit, "title", title));
        return new Goal(plan, goal);
    }

    static String indicator(Goal goal, String name, String unit, String direction, Map<String, ?> target) {
        return create("jh-planner", "/api/v1/indicators", json("goalId", goal.id(), "name", name, "unitOfMeasure", unit,
                "direction", direction, "targets", List.of(target)));
    }

    static Map<String, Object> target(Object... namesAndValues) {
        Map<String, Object> t = json(namesAndValues);
        t.put("year", 2023);
        return t;
    }

    @Test
    void everyTargetWordingOfTheCommitteePlanIsHeld() {
        Goal g = goal("jh", 2023, 2023, "Hälso- och sjukvårdsnämndens mål 2023");
        indicator(g, "Andel patienter med dokumentation om våldsutsatthet", "%", "HIGHER_IS_BETTER",
                target("kind", "AT_LEAST", "value", 20, "wording", "Minst 20 %"));
        indicator(g, "Andel oplanerade återinskrivningar 65 år och äldre inom 30 dagar", "%", "LOWER_IS_BETTER",
                target("kind", "AT_MOST", "value", 15, "wording", "Maximalt 15%"));
        indicator(g, "Antal förskrivna antibiotikarecept per tusen invånare", "recept per 1000 inv", "LOWER_IS_BETTER",
                target("kind", "AT_MOST", "value", 220, "wording", "Mindre än 220 recept per 1000 inv"));
        indicator(g, "Hållbart säkerhetsengagemang (HSE)", "index", "HIGHER_IS_BETTER",
                target("kind", "AT_LEAST", "value", 4, "wording", "Minst 4"));
        indicator(g, "Barntraumateam utrett", null, "HIGHER_IS_BETTER",
                target("kind", "ACTIVITY", "wording", "Genomförd aktivitet"));
        indicator(g, "Kostnadsutveckling förmåns- och rekvisitionsläkemedel", "%", "LOWER_IS_BETTER",
                target("kind", "BENCHMARK", "benchmarkOrganization", "riket", "wording", "I nivå med genomsnittet i riket"));
        indicator(g, "Kostnad för inhyrda sjuksköterskor", "kr", "LOWER_IS_BETTER",
                target("kind", "DECREASE", "referencePeriod", "2022", "wording", "Lägre än ackumulerat värde 2022"));
        indicator(g, "Användning av läkemedel som bör undvikas till äldre", "%", "LOWER_IS_BETTER",
                target("kind", "UNDEFINED", "wording", "Kompletteras efter 2022"));
        String net = indicator(g, "Nettokostnadsutveckling", "%", "LOWER_IS_BETTER",
                target("kind", "AT_MOST", "value", -2.2, "wording", "Högst -2,2 %"));
        String chef = indicator(g, "Stöd från närmaste chef", "index 1-6", "HIGHER_IS_BETTER",
                target("kind", "INCREASE", "referencePeriod", "2022", "wording", "ska öka jämfört med 2022"));
        // "Nämndsmålet uppnås när den förstärkta vårdgarantin nås i 2 av 3 parametrar: maximalt 30 dagar vardera."
        String first = indicator(g, "BUP dagar till förstabesök", "dagar", "LOWER_IS_BETTER",
                target("kind", "AT_MOST", "value", 30));
        String investigation = indicator(g, "BUP dagar till utredning", "dagar", "LOWER_IS_BETTER",
                target("kind", "AT_MOST", "value", 30));
        String treatment = indicator(g, "BUP dagar till behandling", "dagar", "LOWER_IS_BETTER",
                target("kind", "AT_MOST", "value", 30));
        String bup = create("jh-planner", "/api/v1/indicators", json("goalId", g.id(),
                "name", "Tillgänglighet BUP, förstärkt vårdgaranti", "direction", "HIGHER_IS_BETTER",
                "followUpFrequency", "MONTHLY", "subIndicatorIds", List.of(first, investigation, treatment),
                "targets", List.of(target("kind", "K_OF_N", "k", 2, "wording", "2 av 3 parametrar"))));

        String body = get("jh-viewer", "/api/v1/indicators/" + net).then().statusCode(200).header("ETag", "\"0\"")
                .body("targets[0].kind", equalTo("AT_MOST")).body("targets[0].wording", equalTo("Högst -2,2 %"))
                .extract().asString();
        assertThat(body).contains("\"value\":-2.2");
        get("jh-viewer", "/api/v1/indicators/" + bup).then().statusCode(200)
                .body("subIndicatorIds", containsInAnyOrder(first, investigation, treatment))
                .body("targets[0].k", equalTo(2));
        get("jh-viewer", "/api/v1/indicators/" + chef).then().statusCode(200)
                .body("targets[0].referencePeriod", equalTo("2022"));
        get("jh-viewer", "/api/v1/indicators?goalId=" + g.id()).then().statusCode(200).body("total", equalTo(14))
                .body("items.targets.kind.flatten().unique().sort()", contains("ACTIVITY", "AT_LEAST", "AT_MOST",
                        "BENCHMARK", "DECREASE", "INCREASE", "K_OF_N", "UNDEFINED"));
        get("jh-viewer", "/api/v1/indicators?planId=" + g.plan() + "&q=bup").then().statusCode(200)
                .body("total", equalTo(4));
        get("jh-viewer", "/api/v1/plans/" + g.plan() + "/tree").then().statusCode(200)
                .body("unplacedGoals[0].indicators", hasSize(14));
        get("nb-admin", "/api/v1/indicators/" + bup).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void norrbottensSteeringMeasuresKeepBaselinesForWomenAndMen() {
        Goal g = goal("nb", 2023, 2025, "Framgångsfaktor: Digital ingång");
        String id = create("nb-planner", "/api/v1/indicators", json("goalId", g.id(),
                "name", "Andel medicinsk bedömning av legitimerad personal i primärvård inom 3 dagar",
                "unitOfMeasure", "%", "direction", "HIGHER_IS_BETTER", "followUpFrequency", "INTERIM_REPORTS",
                "source", "Datalagret", "genderSplit", true,
                "baselines", List.of(json("period", "2021-T1", "women", 91.9, "men", 91.4),
                        json("period", "2021-T2", "women", 91.5, "men", 91.6),
                        json("period", "2021-T3", "women", 91.4, "men", 90.6)),
                "targets", List.of(json("year", 2025, "kind", "AT_LEAST", "value", 100, "wording", "100 %"),
                        json("year", 2023, "kind", "AT_LEAST", "value", 100, "wording", "100 %"))));
        String triage = create("nb-planner", "/api/v1/indicators", json("goalId", g.id(),
                "name", "Antal slutförda ärenden (triage) per år totalt i länet på Digitalen",
                "direction", "HIGHER_IS_BETTER", "followUpFrequency", "INTERIM_REPORTS", "source", "Plattform24",
                "baselines", List.of(json("period", "2021-T2", "value", 19600)),
                "targets", List.of(json("year", 2023, "kind", "AT_LEAST", "value", 43000),
                        json("year", 2025, "kind", "AT_LEAST", "value", 60000))));

        String body = get("nb-viewer", "/api/v1/indicators/" + id).then().statusCode(200)
                .body("targets.year", contains(2023, 2025))
                .body("baselines.period", contains("2021-T1", "2021-T2", "2021-T3"))
                .body("source", equalTo("Datalagret")).body("genderSplit", equalTo(true))
                .extract().asString();
        assertThat(body).contains("\"women\":91.9", "\"men\":90.6");
        // Changing a target replaces the list, with the version it was based on.
        put("nb-planner", "/api/v1/indicators/" + triage, 0, json("goalId", g.id(),
                "name", "Antal slutförda ärenden (triage) per år totalt i länet på Digitalen",
                "direction", "HIGHER_IS_BETTER", "targets", List.of(json("year", 2023, "kind", "AT_LEAST", "value", 45000))))
                .then().statusCode(200).header("ETag", "\"1\"").body("targets", hasSize(1))
                .body("baselines", hasSize(0));
    }

    @Test
    void inconsistentTargetsAreOneViolationEach() {
        Goal g = goal("jh", 2023, 2025, "Mål med felaktiga målvärden");
        String sub = indicator(g, "Parameter", "dagar", "LOWER_IS_BETTER", target("kind", "AT_MOST", "value", 30));
        post("jh-planner", "/api/v1/indicators", json("goalId", g.id(), "name", "Fel överallt",
                "direction", "LOWER_IS_BETTER", "subIndicatorIds", List.of(sub),
                "targets", List.of(
                        json("year", 2023, "kind", "AT_LEAST"),
                        json("year", 2024, "kind", "RANGE", "lo", 10, "hi", 5),
                        json("year", 2025, "kind", "BENCHMARK"),
                        json("year", 2030, "kind", "K_OF_N", "k", 2),
                        json("year", 2023, "kind", "ACTIVITY", "value", 1),
                        json("year", 2022, "kind", "INCREASE", "referencePeriod", "2022"))))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("targets[0].value", "targets[1].hi",
                        "targets[2].benchmarkOrganization", "targets[3].year", "targets[3].k", "targets[4].year",
                        "targets[4].value", "targets[5].year", "targets[5].kind"));
        post("jh-planner", "/api/v1/indicators", json("goalId", g.id(), "name", "Fel period", "direction", "UPWARDS",
                "targets", List.of(json("year", 2023, "kind", "DECREASE", "referencePeriod", "2022-T4"))))
                .then().statusCode(400).body("violations[0].field", equalTo("direction"));
        post("jh-planner", "/api/v1/indicators", json("goalId", g.id(), "name", "", "direction", "LOWER_IS_BETTER",
                "tolerance", 0, "baselines", List.of(json("period", "2021-T4", "value", 1)),
                "targets", List.of(json("kind", "DECREASE", "referencePeriod", "2022-T4"))))
                .then().statusCode(400).body("violations.field", containsInAnyOrder("name", "tolerance",
                        "baselines[0].period", "targets[0].year", "targets[0].referencePeriod"));
        post("jh-planner", "/api/v1/indicators", json("goalId", g.id(), "name", "Egen parameter",
                "direction", "LOWER_IS_BETTER", "subIndicatorIds", List.of(java.util.UUID.randomUUID().toString()),
                "baselines", List.of(json("period", "2022"))))
                .then().statusCode(400).body("violations.field", containsInAnyOrder("subIndicatorIds[0]",
                        "baselines[0].value"));
    }

    @Test
    void externalCodesNameTheIndicatorInEachSourceSystem() {
        Goal goal = goal("jh", 2023, 2023, "Ökad andel invånare med fast läkarkontakt");
        String id = create("jh-planner", "/api/v1/indicators", json("goalId", goal.id(), "name", "Fast läkarkontakt",
                "direction", "HIGHER_IS_BETTER", "externalCodes", Map.of("kolada", " U07414 ", "datalager", "FLK-01")));
        get("jh-viewer", "/api/v1/indicators/" + id).then().statusCode(200)
                .body("externalCodes.kolada", equalTo("U07414")).body("externalCodes.datalager", equalTo("FLK-01"));
        put("jh-planner", "/api/v1/indicators/" + id, 0, json("goalId", goal.id(), "name", "Fast läkarkontakt",
                "direction", "HIGHER_IS_BETTER", "externalCodes", Map.of("kolada", "U07414")))
                .then().statusCode(200).body("externalCodes.size()", equalTo(1));
        get("jh-viewer", "/api/v1/indicators?externalCode=kolada:U07414&planId=" + goal.plan()).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(id));
        get("jh-viewer", "/api/v1/indicators?externalCode=datalager:FLK-01&planId=" + goal.plan()).then()
                .statusCode(200).body("items", hasSize(0));
        get("nb-viewer", "/api/v1/indicators?externalCode=kolada:U07414&planId=" + goal.plan()).then()
                .statusCode(200).body("items", hasSize(0));
        post("jh-planner", "/api/v1/indicators", json("goalId", goal.id(), "name", "Fel", "direction", "HIGHER_IS_BETTER",
                "externalCodes", Map.of("Kolada DB", "U07414", "hsa", " ")))
                .then().statusCode(400).body("violations.field", containsInAnyOrder("externalCodes", "externalCodes.hsa"));
    }

    @Test
    void aPlanCannotBeNarrowedAroundItsTargets() {
        Goal g = goal("jh", 2023, 2025, "Minskad antibiotikaförskrivning");
        indicator(g, "Antal förskrivna antibiotikarecept per tusen invånare", "recept per 1000 inv", "LOWER_IS_BETTER",
                json("year", 2025, "kind", "AT_MOST", "value", 220, "wording", "Mindre än 220 recept per 1000 inv"));

        put("jh-planner", "/api/v1/plans/" + g.plan(), 0, json("name", "Verksamhetsplan", "fromYear", 2023, "toYear", 2024))
                .then().statusCode(400).body("violations[0].field", equalTo("toYear"));
        put("jh-planner", "/api/v1/plans/" + g.plan(), 0, json("name", "Verksamhetsplan 2023-2026", "fromYear", 2023,
                "toYear", 2026)).then().statusCode(200);
    }

    @Test
    void aGoalSaysAtWhichLevelItIsFollowedUp() {
        Goal g = goal("jh", 2023, 2023, "Minskad andel oplanerade återinskrivningar");
        get("jh-viewer", "/api/v1/goals/" + g.id()).then().statusCode(200).body("followUpLevel", equalTo(null));
        put("jh-planner", "/api/v1/goals/" + g.id(), 0, json("planId", g.plan(),
                "ownerUnitId", get("jh-viewer", "/api/v1/goals/" + g.id()).path("ownerUnitId"),
                "title", "Minskad andel oplanerade återinskrivningar", "followUpFrequency", "TERTIAL",
                "followUpLevel", "HSN-nivå")).then().statusCode(200).body("followUpLevel", equalTo("HSN-nivå"));
    }
}
