package se.styrkort.goals.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static se.styrkort.goals.api.Api.create;
import static se.styrkort.goals.api.Api.get;
import static se.styrkort.goals.api.Api.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Seed 000: Region Jämtland Härjedalen, Hälso- och sjukvårdsnämnden, verksamhetsplan 2023 — the
 * council's four strategies and 13 overall goals, its assignments to the bodies and the committee's
 * goals, built through the API as the document has them.
 */
@QuarkusTest
class CommitteePlan2023Test {

    static final Map<String, List<String>> OVERALL_GOALS = new LinkedHashMap<>();
    static {
        OVERALL_GOALS.put("Strategi för länets utveckling", List.of("Utvecklingskraft i hela Jämtland Härjedalen",
                "En säker och robust verksamhet", "Goda kommunikationer inom samt till och från regionen",
                "Attraktiva folkhögskolor och tillgängligt kulturutbud i hela regionen", "Ett friskare liv",
                "En hållbar miljö"));
        OVERALL_GOALS.put("Strategi för vård", List.of("God och nära vård i hela Jämtland Härjedalen",
                "Hög tillgänglighet och kontinuitet i vården"));
        OVERALL_GOALS.put("Strategi för våra medarbetare", List.of(
                "Säkra långsiktig kompetensförsörjning och goda anställningsvillkor",
                "Aktivt medarbetarskap och ledarskap", "Utveckla en hälsofrämjande arbetsmiljö"));
        OVERALL_GOALS.put("Strategi för ekonomi", List.of("En ekonomi i balans genom god styrning och uppföljning",
                "Långsiktig investeringsplanering"));
    }

    @Test
    void theCommitteePlanIsHeldAsItIsWritten() {
        String rf = Api.unit("jh-admin", "Regionfullmäktige", "COUNCIL", null, "RF");
        String rs = Api.unit("jh-admin", "Regionstyrelsen", "BOARD", rf, "RS");
        String hsn = Api.unit("jh-admin", "Hälso- och sjukvårdsnämnden", "COMMITTEE", rf, "HSN");
        String plan = Api.plan("jh-planner", "Verksamhetsplan 2023 Hälso- och sjukvårdsnämnden", 2023, 2023, hsn);

        Map<String, String> strategies = new LinkedHashMap<>();
        Map<String, String> overall = new LinkedHashMap<>();
        OVERALL_GOALS.forEach((strategy, titles) -> {
            String id = create("jh-planner", "/api/v1/strategies", json("planId", plan, "name", strategy));
            strategies.put(strategy, id);
            for (String title : titles) {
                overall.put(title, create("jh-planner", "/api/v1/overall-goals", json("strategyId", id, "title", title)));
            }
        });

        String friskare = overall.get("Ett friskare liv");
        create("jh-planner", "/api/v1/assignments", json("overallGoalId", friskare, "title",
                "Regionstyrelsen får i uppdrag att utöka förebyggande och hälsofrämjande insatser samt arbeta för goda "
                        + "levnadsvanor och jämlik hälsa i befolkningen i samverkan med nämnderna.",
                "assignedUnitIds", List.of(rs)));
        String rak = create("jh-planner", "/api/v1/assignments", json("overallGoalId",
                overall.get("God och nära vård i hela Jämtland Härjedalen"), "title",
                "Regionstyrelsen och Hälso- och sjukvårdsnämnden ska ställa om arbetssätt och möjliggöra arbete utifrån "
                        + "Använd kompetensen rätt (RAK).",
                "assignedUnitIds", List.of(rs, hsn)));

        goal(plan, hsn, friskare, "Andelen patienter med dokumentation om våldsutsatthet ska öka och överstiga målvärdet.",
                "TERTIAL");
        goal(plan, hsn, friskare, "Utreda förutsättningar, ekonomi och organisation samt samverkan med kommunerna och "
                + "andra organisationer vid införande av barntraumateam.", "TERTIAL");
        goal(plan, hsn, overall.get("God och nära vård i hela Jämtland Härjedalen"),
                "Andel vårdtillfällen med oplanerade återinskrivningar för åldersgrupp 65 år och äldre inom 30 dagar "
                        + "ska minska och understiga målvärdet.",
                "MONTHLY");
        goal(plan, hsn, overall.get("God och nära vård i hela Jämtland Härjedalen"),
                "Antal förskrivna antibiotikarecept per tusen invånare ska minska och understiga målvärdet.", "TERTIAL");
        String bup = goal(plan, hsn, overall.get("Hög tillgänglighet och kontinuitet i vården"),
                "Tillgängligheten till BUP avseende förstabesök, utredning och behandling ska öka.", "MONTHLY");
        goal(plan, hsn, overall.get("Säkra långsiktig kompetensförsörjning och goda anställningsvillkor"),
                "VFU-platser för sjuksköterskeutbildningen ska tillhandahållas i tillräcklig omfattning.", "TERM");
        // "Målvärdet fördelas till regionstyrelse och nämnder": one goal, several bodies' plans.
        String chef = create("jh-planner", "/api/v1/goals", json("planId", plan, "ownerUnitId", hsn,
                "coOwnerUnitIds", List.of(rs), "overallGoalId", overall.get("Aktivt medarbetarskap och ledarskap"),
                "title", "Upplevelsen hos medarbetare av att de får stöd från sin närmsta chef ska öka jämfört med 2022",
                "followUpFrequency", "YEARLY", "genderSplit", true));
        // The region's financial goal is followed up by the board; the committee's goal contributes to it.
        String boardPlan = Api.plan("jh-planner", "Verksamhetsplan 2023 Regionstyrelsen", 2023, 2023, rs);
        String regionNet = create("jh-planner", "/api/v1/goals", json("planId", boardPlan, "ownerUnitId", rs,
                "title", "Nettokostnadsutveckling Region Jämtland Härjedalen", "followUpFrequency", "TERTIAL"));
        String net = create("jh-planner", "/api/v1/goals", json("planId", plan, "ownerUnitId", hsn,
                "overallGoalId", overall.get("En ekonomi i balans genom god styrning och uppföljning"),
                "parentGoalId", regionNet, "title", "Nettokostnadsutveckling för Hälsosjukvårdsnämnden",
                "description", "Finansiellt mål beslutat av regionfullmäktige, delegerat till regionstyrelsen och nämnder.",
                "followUpFrequency", "TERTIAL"));

        get("jh-viewer", "/api/v1/goals/" + net).then().statusCode(200).body("parentGoalId", equalTo(regionNet))
                .body("genderSplit", equalTo(false));
        get("jh-viewer", "/api/v1/goals/" + chef).then().statusCode(200).body("coOwnerUnitIds", contains(rs))
                .body("genderSplit", equalTo(true));

        // The lists filter by plan, strategy, unit and text.
        get("jh-viewer", "/api/v1/strategies?planId=" + plan).then().statusCode(200)
                .body("items.name", contains(OVERALL_GOALS.keySet().toArray()));
        get("jh-viewer", "/api/v1/overall-goals?planId=" + plan).then().statusCode(200).body("total", equalTo(13));
        get("jh-viewer", "/api/v1/overall-goals?strategyId=" + strategies.get("Strategi för vård")).then()
                .statusCode(200).body("items.title", contains("God och nära vård i hela Jämtland Härjedalen",
                        "Hög tillgänglighet och kontinuitet i vården"));
        get("jh-viewer", "/api/v1/goals?planId=" + plan + "&strategyId=" + strategies.get("Strategi för vård"))
                .then().statusCode(200).body("total", equalTo(3)).body("items.id", hasItems(bup));
        get("jh-viewer", "/api/v1/goals?planId=" + plan + "&unitId=" + rs).then().statusCode(200)
                .body("items.id", contains(chef));
        get("jh-viewer", "/api/v1/goals?unitId=" + rs + "&q=nettokostnad").then().statusCode(200)
                .body("items.id", contains(regionNet));
        get("jh-viewer", "/api/v1/goals?planId=" + plan + "&q=ANTIBIOTIKA").then().statusCode(200)
                .body("items", hasSize(1));
        get("jh-viewer", "/api/v1/assignments?planId=" + plan + "&unitId=" + hsn).then().statusCode(200)
                .body("items.id", contains(rak));

        // The whole plan in one call.
        JsonPath tree = get("jh-viewer", "/api/v1/plans/" + plan + "/tree").then().statusCode(200)
                .body("plan.ownerUnitId", equalTo(hsn))
                .body("strategies.strategy.name", contains(OVERALL_GOALS.keySet().toArray()))
                .body("strategies[0].overallGoals.overallGoal.title",
                        contains(OVERALL_GOALS.get("Strategi för länets utveckling").toArray()))
                .body("strategies[0].overallGoals[4].assignments", hasSize(1))
                .body("strategies[0].overallGoals[4].goals", hasSize(2))
                .body("strategies[1].overallGoals[0].assignments[0].assignedUnitIds", hasSize(2))
                .body("strategies[3].overallGoals[0].goals[0].goal.parentGoalId", equalTo(regionNet))
                .body("unplacedGoals", hasSize(0))
                .extract().jsonPath();
        int goals = 0;
        for (int s = 0; s < 4; s++) {
            for (List<?> g : tree.<List<?>> getList("strategies[" + s + "].overallGoals.goals")) {
                goals += g.size();
            }
        }
        assertThat(goals).isEqualTo(8);
    }

    static String goal(String plan, String owner, String overallGoal, String title, String frequency) {
        return create("jh-planner", "/api/v1/goals", json("planId", plan, "ownerUnitId", owner,
                "overallGoalId", overallGoal, "title", title, "followUpFrequency", frequency, "genderSplit", true));
    }
}
