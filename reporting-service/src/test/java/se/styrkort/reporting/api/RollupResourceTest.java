package se.styrkort.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static se.styrkort.reporting.Api.as;
import static se.styrkort.reporting.Api.eventually;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.platform.api.Page;
import se.styrkort.reporting.Feed;
import se.styrkort.reporting.report.KeptAnswers;
import se.styrkort.reporting.rollup.RollupLevel;

/** Roll-ups, the drill-down and the report from events of all three topics, through the real broker. */
@QuarkusTest
class RollupResourceTest {

    static final String UNIT = Feed.id();
    static final String SUB_UNIT = Feed.id();
    static final String PLAN = Feed.id();
    static final String EMPTY_PLAN = Feed.id();
    static final String CARE = Feed.id();
    static final String STAFF = Feed.id();
    static final String OG_CARE = Feed.id();
    static final String OG_CARE_CHILD = Feed.id();
    static final String OG_STAFF = Feed.id();
    static final String G1 = Feed.id();
    static final String G2 = Feed.id();
    static final String G3 = Feed.id();
    static final String G4 = Feed.id();
    static final String SICK_LEAVE = Feed.id();

    /** A plan with one strategy and one goal at UNIT, and the address of its plan roll-up in 2022-T2. */
    record OneGoalPlan(String plan, String goal, String url) {
    }

    /** Publishes a plan with one strategy and one goal at UNIT, and returns it once its plan roll-up counts the goal. */
    static OneGoalPlan planWithOneGoal(Feed jh, String name) {
        String plan = Feed.id();
        String goal = Feed.id();
        jh.plan(plan, name, UNIT).strategy(Feed.id(), plan, "Vård", 1).goal(goal, 0, plan, UNIT, null, name + ", mål");
        jh.publish();
        String url = "/api/v1/rollups?planId=" + plan + "&period=2022-T2&level=plan";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("jh-viewer").get(url).then().statusCode(200)
                .body("items[0].counts.total", equalTo(1)));
        return new OneGoalPlan(plan, goal, url);
    }

    static boolean fed;

    @Inject
    KeptAnswers answers;

    /** Once for the class, but after the application is up, so that the API can be awaited. */
    @BeforeEach
    void feed() {
        if (fed) {
            return;
        }
        fed = true;
        Feed jh = new Feed("region-jh");
        jh.orgUnit(UNIT, "Regionstaben", null).orgUnit(SUB_UNIT, "Regionservice", UNIT)
                .plan(PLAN, "Verksamhetsplan 2022", UNIT).plan(EMPTY_PLAN, "Tom plan", null)
                .strategy(CARE, PLAN, "Vård", 1).strategy(STAFF, PLAN, "Medarbetare", 2)
                .overallGoal(OG_CARE, CARE, null, "God vård").overallGoal(OG_CARE_CHILD, CARE, OG_CARE, "Tillgänglighet")
                .overallGoal(OG_STAFF, STAFF, null, "Attraktiv arbetsgivare")
                .goal(G1, 0, PLAN, UNIT, OG_CARE_CHILD, "Kortare väntetider")
                .goal(G2, 0, PLAN, SUB_UNIT, OG_CARE, "Fler besök")
                .goal(G3, 0, PLAN, UNIT, OG_STAFF, "Sjukfrånvaron ska minska")
                .goal(G4, 0, PLAN, UNIT, null, "Ej placerat mål")
                .indicator(SICK_LEAVE, G3, "Sjukfrånvaro", true)
                .event("styrkort.goals", "control-point", Feed.id(), 0, "{'id':'$id','planId':'" + PLAN + "'}");
        jh.goalStatus(G1, 0, PLAN, UNIT, "2022-T1", "RED", null).goalStatus(G3, 0, PLAN, UNIT, "2022-T1", "GREEN", null)
                .goalStatus(G1, 0, PLAN, UNIT, "2022-T2", "GREEN", null)
                .goalStatus(G2, 0, PLAN, SUB_UNIT, "2022-T2", "YELLOW", null)
                .goalStatus(G3, 0, PLAN, UNIT, "2022-T2", "GREEN", "RED")
                .indicatorStatus(SICK_LEAVE, G3, PLAN, UNIT, "2022-T2", "RED", new BigDecimal("5.9"))
                .assessment(Feed.id(), G3, PLAN, UNIT, "2022-T2", "Sjukfrånvaron ligger ackumulerat på 5,9 %")
                .measurement(Feed.id(), SICK_LEAVE, UNIT, "2022-T2", "6.9", "4.8", "5.9");
        jh.frame(Feed.id(), 0, UNIT, "-1200000.00", "-60000.00", "-1140000.00")
                .actual(Feed.id(), UNIT, 1, "PERSONNEL", "-100000.00").actual(Feed.id(), UNIT, 8, "PERSONNEL", "-110000.00")
                .actual(Feed.id(), UNIT, 9, "PERSONNEL", "-999999.00")
                .forecast(Feed.id(), UNIT, "PERSONNEL", "-1250000.00")
                .investment(Feed.id(), SUB_UNIT, "Syrgastank", "EMERGENCY");
        jh.publish();
        eventually(() -> {
            as("jh-viewer").get("/api/v1/rollups?planId=" + PLAN + "&period=2022-T2&level=plan").then().statusCode(200)
                    .body("items[0].counts.total", equalTo(4)).body("items[0].counts.notMeasurable", equalTo(1))
                    .body("items[0].counts.red", equalTo(1));
            as("jh-viewer").get("/api/v1/investments?period=2022-T2").then().statusCode(200).body("total", equalTo(1));
            as("jh-viewer").get("/api/v1/gender?planId=" + PLAN).then().statusCode(200).body("total", equalTo(1));
            as("jh-viewer").get("/api/v1/rollups/goals?planId=" + PLAN + "&period=2022-T2&level=strategy&key=" + STAFF)
                    .then().statusCode(200).body("items[0].comment", startsWith("Sjukfrånvaron"));
        });
    }

    @Test
    void strategiesCountTheirGoalsWithTheAssessedStatusAndTheChangeSinceT1() {
        as("jh-viewer").get("/api/v1/rollups?planId=" + PLAN + "&period=2022-T1&level=plan").then().statusCode(200)
                .body("items[0].counts.red", equalTo(1)).body("items[0].counts.green", equalTo(1));
        as("jh-viewer").get("/api/v1/rollups?planId=" + PLAN + "&period=2022-T2&level=strategy").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.keyName", contains("Vård", "Medarbetare", "Not placed under a strategy"))
                .body("items[0].counts.green", equalTo(1)).body("items[0].counts.yellow", equalTo(1))
                .body("items[0].shares.green", equalTo(50.0f)).body("items[0].wholePercent.green", equalTo(50))
                .body("items[0].overallStatus", equalTo("YELLOW"))
                .body("items[0].change.previousPeriod", equalTo("2022-T1"))
                .body("items[0].change.movedUp.goalId", contains(G1))
                .body("items[0].change.movedUp[0].from", equalTo("RED"))
                .body("items[1].counts.red", equalTo(1)).body("items[1].overallStatus", equalTo("RED"))
                .body("items[1].change.movedDown.goalId", contains(G3))
                .body("items[2].counts.notMeasurable", equalTo(1)).body("items[2].overallStatus", equalTo("NOT_MEASURABLE"));
    }

    @Test
    void overallGoalsCountTheGoalsBelowThemAndUnitsTheirOwnGoals() {
        as("jh-viewer").get("/api/v1/rollups?planId=" + PLAN + "&period=2022-T2&level=overall-goal").then().statusCode(200)
                .body("items.keyName", contains("God vård", "Tillgänglighet", "Attraktiv arbetsgivare",
                        "Not placed under a strategy"))
                .body("items[0].counts.total", equalTo(2)).body("items[1].counts.total", equalTo(1));
        as("jh-viewer").get("/api/v1/rollups?planId=" + PLAN + "&period=2022-T2&level=unit").then().statusCode(200)
                .body("items.keyName", contains("Regionservice", "Regionstaben"))
                .body("items[0].counts.yellow", equalTo(1)).body("items[1].counts.total", equalTo(3));
    }

    @Test
    void aPeriodWithoutStatusesCountsEveryGoalAsNotMeasurable() {
        as("jh-viewer").get("/api/v1/rollups?planId=" + PLAN + "&period=2022-T3&level=plan").then().statusCode(200)
                .body("items[0].counts.notMeasurable", equalTo(4)).body("items[0].wholePercent.notMeasurable", equalTo(100))
                .body("items[0].overallStatus", equalTo("NOT_MEASURABLE"));
    }

    @Test
    void theDrillDownShowsStatusesNumbersCommentAndForecast() {
        as("jh-viewer").get("/api/v1/rollups/goals?planId=" + PLAN + "&period=2022-T2&level=strategy&key=" + STAFF).then()
                .statusCode(200).body("total", equalTo(1))
                .body("items[0].goalId", equalTo(G3)).body("items[0].status", equalTo("RED"))
                .body("items[0].computedStatus", equalTo("GREEN")).body("items[0].assessedStatus", equalTo("RED"))
                .body("items[0].justification", equalTo("Bedömd")).body("items[0].outcome", equalTo("5.9 %"))
                .body("items[0].target", equalTo("Högst 4,8 %")).body("items[0].forecastValue", equalTo(5.5f))
                .body("items[0].plannedActions", equalTo("Fler insatser"))
                .body("items[0].indicators[0].comparedWith", equalTo(4.8f))
                .body("items[0].indicators[0].total", equalTo(5.9f)).body("items[0].indicators[0].women", equalTo(6.9f))
                .body("items[0].indicators[0].men", equalTo(4.8f)).body("items[0].indicators[0].reason", equalTo("MISSED"));
        String csv = as("jh-viewer").accept("text/csv").get("/api/v1/rollups/goals?planId=" + PLAN + "&period=2022-T2")
                .then().statusCode(200).header("X-Total-Count", "4").extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(CsvTables.GOALS_EXAMPLE.lines().findFirst().orElseThrow());
        assertThat(csv.lines().count()).isEqualTo(5);
    }

    @Test
    void everyListAnswersCsvWithTheDocumentedHeader() {
        String[][] lists = {
                { "/api/v1/rollups?planId=" + PLAN + "&period=2022-T2&format=csv", CsvTables.ROLLUPS_EXAMPLE },
                { "/api/v1/economy?period=2022-T2&format=csv", CsvTables.ECONOMY_EXAMPLE },
                { "/api/v1/investments?period=2022-T2&format=csv", CsvTables.INVESTMENTS_EXAMPLE },
                { "/api/v1/gender?planId=" + PLAN + "&format=csv", CsvTables.GENDER_EXAMPLE } };
        for (String[] list : lists) {
            String csv = as("jh-viewer").get(list[0]).then().statusCode(200).contentType(startsWith("text/csv")).extract()
                    .asString();
            assertThat(csv.lines().findFirst().orElseThrow()).as(list[0]).isEqualTo(list[1].lines().findFirst().orElseThrow());
        }
    }

    @Test
    void aPollerGetsNotModifiedUntilTheRollupsChange() {
        Feed jh = new Feed("region-jh");
        OneGoalPlan one = planWithOneGoal(jh, "Pollad plan");
        String url = one.url();
        String tag = as("jh-viewer").get(url).then().statusCode(200).extract().header("ETag");
        assertThat(tag).isNotBlank();
        // Another region's token learns nothing from a tag: the plan is not there for it.
        as("nb-viewer").header("If-None-Match", tag).get(url).then().statusCode(404);
        as("jh-viewer").header("If-None-Match", tag).get(url).then().statusCode(304).header("ETag", equalTo(tag))
                .body(equalTo(""));
        // The CSV of the same roll-ups is another representation, with a tag of its own.
        String csvTag = as("jh-viewer").header("If-None-Match", tag).get(url + "&format=csv").then().statusCode(200)
                .extract().header("ETag");
        assertThat(csvTag).isNotEqualTo(tag);
        jh.goalStatus(one.goal(), 0, one.plan(), UNIT, "2022-T2", "GREEN", null).publish();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("jh-viewer").header("If-None-Match", tag).get(url)
                .then().statusCode(200).header("ETag", not(equalTo(tag)))
                .body("items[0].counts.green", equalTo(1)));
    }

    @Test
    void anAnswerIsKeptReadyAsItsBytesUntilTheConsumerDropsIt() {
        Feed jh = new Feed("region-jh");
        OneGoalPlan one = planWithOneGoal(jh, "Färdig plan");
        String url = one.url();
        KeptAnswers.Key key = new KeptAnswers.Key("region-jh", UUID.fromString(one.plan()), "2022-T2", RollupLevel.PLAN,
                "json", 0, Integer.parseInt(Page.DEFAULT_SIZE));
        String tag = as("jh-viewer").get(url).then().statusCode(200).extract().header("ETag");
        long keptBefore = answers.count();
        long bytesBefore = answers.bytes();
        io.restassured.response.Response first = as("jh-viewer").get(url);
        io.restassured.response.Response second = as("jh-viewer").get(url);
        // Served from one kept answer: the same bytes and tag, no new entry for a repeat.
        assertThat(second.asByteArray()).isEqualTo(first.asByteArray());
        assertThat(List.of(first.header("ETag"), second.header("ETag"))).containsOnly(tag);
        assertThat(second.contentType()).startsWith("application/json");
        assertThat(answers.holds(key)).isTrue();
        assertThat(answers.count()).isEqualTo(keptBefore);
        assertThat(answers.bytes()).isEqualTo(bytesBefore).isGreaterThanOrEqualTo(first.asByteArray().length);
        // Another page and the CSV are shapes of their own, with the paging in the CSV's headers.
        as("jh-viewer").get(url + "&format=csv&size=1").then().statusCode(200).header("X-Total-Count", "1")
                .header("X-Page-Size", "1").header("ETag", not(equalTo(tag)));
        // The consumer drops the plan's answers when it commits a change to them, before anyone asks again.
        jh.goalStatus(one.goal(), 0, one.plan(), UNIT, "2022-T2", "RED", null).publish();
        await().atMost(Duration.ofSeconds(60)).until(() -> !answers.holds(key));
        as("jh-viewer").header("If-None-Match", tag).get(url).then().statusCode(200).header("ETag", not(equalTo(tag)))
                .body("items[0].counts.red", equalTo(1));
        String newTag = as("jh-viewer").get(url).then().extract().header("ETag");
        as("jh-viewer").header("If-None-Match", newTag).get(url).then().statusCode(304).body(equalTo(""));
    }

    @Test
    void aKeptAnswerOfOneRegionIsNeverAnotherRegions() {
        OneGoalPlan one = planWithOneGoal(new Feed("region-jh"), "Väggad plan");
        String url = one.url();
        String tag = as("jh-viewer").get(url).then().statusCode(200).extract().header("ETag");
        KeptAnswers.Key jhKey = new KeptAnswers.Key("region-jh", UUID.fromString(one.plan()), "2022-T2", RollupLevel.PLAN,
                "json", 0, Integer.parseInt(Page.DEFAULT_SIZE));
        assertThat(answers.holds(jhKey)).isTrue();
        // The kept answer and its tag are region-jh's: region-nb's viewer, with or without the tag, finds no plan.
        as("nb-viewer").get(url).then().statusCode(404).contentType("application/problem+json");
        as("nb-viewer").header("If-None-Match", tag).get(url).then().statusCode(404);
        as("nb-viewer").get(url + "&format=csv").then().statusCode(404);
        assertThat(answers.holds(new KeptAnswers.Key("region-nb", jhKey.plan(), jhKey.period(), jhKey.level(),
                jhKey.shape(), jhKey.page(), jhKey.size()))).isFalse();
        as("jh-viewer").header("If-None-Match", tag).get(url).then().statusCode(304);
    }

    @Test
    void aRenamedStrategyShowsInEveryPeriodAfterThePlansStructureWasKept() {
        String plan = Feed.id();
        String strategy = Feed.id();
        String overallGoal = Feed.id();
        Feed jh = new Feed("region-jh");
        jh.plan(plan, "Omdöpt plan", UNIT).strategy(strategy, plan, "Vård", 1)
                .overallGoal(overallGoal, strategy, null, "God vård")
                .goal(Feed.id(), 0, plan, UNIT, overallGoal, "Kortare köer").publish();
        String url = "/api/v1/rollups?planId=" + plan + "&level=strategy&period=";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("jh-viewer").get(url + "2022-T1").then()
                .statusCode(200).body("items[0].keyName", equalTo("Vård")).body("items[0].counts.total", equalTo(1)));
        // The structure read for T1 is kept for this version of the plan; a rename is a new version.
        jh.event("styrkort.goals", "strategy", strategy, 1, "{'id':'$id','planId':'" + plan
                + "','name':'Vård och hälsa','description':null,'ordinal':1}").publish();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("jh-viewer").get(url + "2022-T2").then()
                .statusCode(200).body("items.keyName", contains("Vård och hälsa")));
        as("jh-viewer").get(url + "2022-T1").then().statusCode(200).body("items.keyName", contains("Vård och hälsa"));
    }

    @Test
    void paging() {
        as("jh-viewer").get("/api/v1/rollups?planId=" + PLAN + "&period=2022-T2&level=strategy&page=1&size=2").then()
                .statusCode(200).body("items", hasSize(1)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("total", equalTo(3));
    }

    @Test
    void theGenderViewGivesWomenMenAndTheGap() {
        as("jh-viewer").get("/api/v1/gender?planId=" + PLAN + "&period=2022-T2").then().statusCode(200)
                .body("items[0].indicatorName", equalTo("Sjukfrånvaro")).body("items[0].women", equalTo(6.9f))
                .body("items[0].men", equalTo(4.8f)).body("items[0].gap", equalTo(2.1f));
    }

    @Test
    void theEconomyAccumulatesThroughThePeriodsLastMonth() {
        as("jh-viewer").get("/api/v1/economy?period=2022-T2&unit=" + UNIT).then().statusCode(200)
                .body("items.category", contains("EXTERNAL_REVENUE", "PERSONNEL", "TOTAL"))
                .body("items[1].adoptedBudget", equalTo(-1200000.00f))
                .body("items[1].accumulatedBudget", equalTo(-800000.00f))
                .body("items[1].accumulatedActual", equalTo(-210000.00f))
                .body("items[1].deviation", equalTo(590000.00f))
                .body("items[1].forecast", equalTo(-1250000.00f))
                .body("items[2].adjustments", equalTo(-60000.00f)).body("items[2].currentBudget", equalTo(-1140000.00f))
                .body("items[2].accumulatedBudget", equalTo(-760000.00f));
    }

    @Test
    void investmentsShowTheFollowUpOfThePeriod() {
        as("jh-viewer").get("/api/v1/investments?period=2022-T2&category=EMERGENCY").then().statusCode(200)
                .body("items[0].object", equalTo("Syrgastank")).body("items[0].followUpPeriod", equalTo("2022-08"))
                .body("items[0].outcomeToDate", equalTo(1200000.00f)).body("items[0].completed", equalTo(false));
        as("jh-viewer").get("/api/v1/investments?period=2022-T1").then().statusCode(200)
                .body("items[0].followUpPeriod", equalTo("2022-T1"));
    }

    @Test
    void theReportAsJsonHtmlAndCsv() {
        as("jh-viewer").get("/api/v1/reports/" + PLAN + "/2022-T2").then().statusCode(200)
                .body("summary.counts.total", equalTo(4)).body("sections.strategyName", contains("Vård", "Medarbetare",
                        "Not placed under a strategy"))
                .body("sections[1].goals[0].title", equalTo("Sjukfrånvaron ska minska"))
                .body("economy.category", hasItems("PERSONNEL", "TOTAL"))
                .body("investments[0].object", equalTo("Syrgastank"))
                .body("investmentTotals[0].category", equalTo("EMERGENCY"));
        String html = as("jh-viewer").accept("text/html").get("/api/v1/reports/" + PLAN + "/2022-T2").then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
        assertThat(html).contains("Sjukfrånvaron ska minska", "Not measurable", "Syrgastank")
                .containsPattern("class=\"status RED\"><span class=\"mark\"[^>]*>■</span> Red");
        String csv = as("jh-viewer").get("/api/v1/reports/" + PLAN + "/2022-T2?format=csv&table=strategies").then()
                .statusCode(200).extract().asString();
        assertThat(csv.lines().count()).isEqualTo(4);
        assertThat(csv).contains("Medarbetare");
    }

    @Test
    void aPlanWithNoDataIsAnEmptyReport() {
        eventually(() -> as("jh-viewer")
                .get("/api/v1/reports/" + EMPTY_PLAN + "/2022-T2").then().statusCode(200)
                .body("summary.counts.total", equalTo(0)).body("summary.overallStatus", equalTo("NOT_MEASURABLE"))
                .body("sections", hasSize(0)).body("economy", hasSize(0)).body("investments", hasSize(0)));
        as("jh-viewer").get("/api/v1/reports/" + EMPTY_PLAN + "/2022-T2?format=html").then().statusCode(200);
    }

    @Test
    void badParametersAreOneViolationEach() {
        as("jh-viewer").get("/api/v1/rollups?planId=nope&period=2022-T4&level=county&format=xml").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("format", "level", "period", "planId"));
        as("jh-viewer").get("/api/v1/rollups").then().statusCode(400).body("violations.field", contains("period", "planId"));
        // Unknown query parameters are ignored, so a request with plan instead of planId lacks planId.
        as("jh-viewer").get("/api/v1/rollups?plan=" + PLAN + "&period=2022-T2").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("planId"))
                .body("violations.message", contains("is required"));
        as("jh-viewer").get("/api/v1/reports/" + PLAN + "/T2").then().statusCode(400).body("violations.field",
                contains("period"));
        as("jh-viewer").get("/api/v1/investments?period=2022&category=SOME").then().statusCode(400)
                .body("violations.field", contains("category"));
    }

    @Test
    void theOpenApiDocumentShowsTheCsvColumns() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/api/v1/rollups/goals"))
                .body(org.hamcrest.Matchers.containsString("plan_id,period,level,key_id,key_name"))
                .body(org.hamcrest.Matchers.containsString("unit_id,unit,year,through_month,category"));
    }

    @Test
    void anotherRegionSeesNothingOfIt() {
        for (String path : new String[] { "/api/v1/rollups?planId=" + PLAN + "&period=2022-T2",
                "/api/v1/rollups/goals?planId=" + PLAN + "&period=2022-T2", "/api/v1/gender?planId=" + PLAN,
                "/api/v1/reports/" + PLAN + "/2022-T2" }) {
            as("nb-admin").get(path).then().statusCode(404).contentType("application/problem+json");
        }
        as("nb-admin").get("/api/v1/economy?period=2022-T2&unit=" + UNIT).then().statusCode(200).body("total", equalTo(0));
        as("nb-admin").get("/api/v1/investments?period=2022-T2").then().statusCode(200).body("items.object",
                org.hamcrest.Matchers.not(hasItems("Syrgastank")));
        given().get("/api/v1/rollups?planId=" + PLAN + "&period=2022-T2").then().statusCode(401);
    }
}
