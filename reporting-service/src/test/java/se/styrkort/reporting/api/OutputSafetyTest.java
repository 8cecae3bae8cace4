package se.styrkort.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static se.styrkort.reporting.Api.as;
import static se.styrkort.reporting.Api.eventually;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.reporting.Feed;
import se.styrkort.reporting.PlanOutline;

/**
 * What reporting-service sends out is safe to open: CSV text a spreadsheet would run as a formula
 * is neutralised while numbers stay numbers, and the printable report carries the headers that keep
 * a browser from running, framing or sniffing it.
 */
@QuarkusTest
class OutputSafetyTest {

    static final PlanOutline PLAN = PlanOutline.fresh();
    static final String GOAL = Feed.id();

    @Test
    void csvTextIsNeutralisedNumbersStayAndTheHtmlReportIsFenced() {
        Feed jh = new Feed("region-jh");
        PLAN.addTo(jh, "-Enheten", "Plan", "=HYPERLINK(1)", "+Vård i tid");
        PLAN.goal(jh, GOAL, 0, "@SUM(1+1)");
        PLAN.goalStatus(jh, GOAL, 0, "2022-T2", "GREEN", null)
                .frame(Feed.id(), 0, PLAN.unit(), "-1200000.00", "-60000.00", "-1140000.00")
                .actual(Feed.id(), PLAN.unit(), 8, "PERSONNEL", "-110000.00");
        jh.publish();
        eventually(() -> as("jh-viewer")
                .get("/api/v1/rollups/goals?planId=" + PLAN.plan() + "&period=2022-T2").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].title", equalTo("@SUM(1+1)")));

        String goals = as("jh-viewer").get("/api/v1/rollups/goals?planId=" + PLAN.plan() + "&period=2022-T2&format=csv").then()
                .statusCode(200).extract().asString();
        assertThat(goals).contains(",'@SUM(1+1),").contains(",'=HYPERLINK(1),").contains(",'+Vård i tid,")
                .contains(",'-Enheten,")
                .doesNotContain(",@SUM").doesNotContain(",=HYPERLINK");
        eventually(() -> assertThat(as("jh-viewer")
                .get("/api/v1/reports/" + PLAN.plan() + "/2022-T2?format=csv&table=budget").then().statusCode(200)
                .extract().asString()).contains(",-1200000.00,"));
        assertThat(as("jh-viewer").get("/api/v1/reports/" + PLAN.plan() + "/2022-T2?format=csv&table=budget").then()
                .extract().asString()).doesNotContain("'-1").contains(",'-Enheten,");

        as("jh-viewer").get("/api/v1/reports/" + PLAN.plan() + "/2022-T2?format=html").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }
}
