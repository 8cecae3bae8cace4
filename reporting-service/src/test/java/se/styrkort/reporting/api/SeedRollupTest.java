package se.styrkort.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.styrkort.reporting.Api.as;
import static se.styrkort.reporting.Api.eventually;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.reporting.Feed;
import se.styrkort.reporting.PlanOutline;

/** The seed's interim report per August 2022 (002_…), rolled up from events as the other services publish them. */
@QuarkusTest
class SeedRollupTest {

    @Test
    void fiftySixGoalsRollUpAsTheInterimReportPrintsThem() {
        PlanOutline outline = PlanOutline.fresh();
        String plan = outline.plan();
        Feed jh = new Feed("region-jh");
        outline.addTo(jh, "Regionstyrelsen", "Regionstyrelsens verksamhetsplan 2022", "Strategi för länets utveckling",
                "Utvecklingskraft i hela länet");
        // 14 green, 17 yellow, 12 red; the last 13 goals have no status for 2022-T2 and count as not measurable.
        String[] statuses = new String[43];
        for (int i = 0; i < 43; i++) {
            statuses[i] = i < 14 ? "GREEN" : i < 31 ? "YELLOW" : "RED";
        }
        for (int i = 0; i < 56; i++) {
            String goal = Feed.id();
            outline.goal(jh, goal, 0, "Verksamhetsmål " + i);
            if (i < 43) {
                outline.goalStatus(jh, goal, 0, "2022-T2", statuses[i], null);
            }
        }
        jh.publish();

        eventually(() -> as("jh-viewer")
                .get("/api/v1/rollups?planId=" + plan + "&period=2022-T2&level=plan").then().statusCode(200)
                .body("items[0].counts.total", equalTo(56)).body("items[0].counts.green", equalTo(14))
                .body("items[0].counts.yellow", equalTo(17)).body("items[0].counts.red", equalTo(12))
                .body("items[0].counts.notMeasurable", equalTo(13)));
        as("jh-viewer")
                .get("/api/v1/rollups?planId=" + plan + "&period=2022-T2&level=strategy").then().statusCode(200)
                .body("items[0].shares.green", equalTo(25.0f)).body("items[0].shares.yellow", equalTo(30.4f))
                .body("items[0].shares.red", equalTo(21.4f)).body("items[0].shares.notMeasurable", equalTo(23.2f))
                .body("items[0].wholePercent.green", equalTo(25)).body("items[0].wholePercent.yellow", equalTo(30))
                .body("items[0].wholePercent.red", equalTo(22)).body("items[0].wholePercent.notMeasurable", equalTo(23))
                .body("items[0].overallStatus", equalTo("YELLOW"));
        String csv = as("jh-viewer").accept("text/csv")
                .get("/api/v1/reports/" + plan + "/2022-T2?table=summary").then().statusCode(200).extract().asString();
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .contains(",14,17,12,13,56,25.0,30.4,21.4,23.2,25,30,22,23,YELLOW,2022-T1,");
    }
}
